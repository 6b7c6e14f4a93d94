/** The audit trail: signed checkpoints, inclusion proofs, verification, export (docs/AUDIT.md). */
export { auditOf, useSigner, type AuditHost } from './context.js';
export { inclusionProof, IntegrityError, makeCheckpoint, verifyAudit, type CheckpointOutcome, type InclusionProof } from './service.js';
export { checkpointScheduled } from './scheduled.js';
export { verifyInclusion } from './merkle.js';
