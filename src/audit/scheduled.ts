import type { AuditHost } from './context.js';
import { makeCheckpoint } from './service.js';

/**
 * The Worker's cron handler: signs a checkpoint when the log has grown. On Workers the key must
 * be configured (`wrangler secret put CHECKPOINT_PRIVATE_KEY`): an isolate's ephemeral key would
 * die with the isolate, so without one the handler logs an error and signs nothing.
 */
export function checkpointScheduled<E>(servicesFor: (env: E) => AuditHost | Promise<AuditHost>) {
  return async function scheduled(_controller: ScheduledController, env: E, ctx: ExecutionContext): Promise<void> {
    const services = await servicesFor(env);
    if (!services.config.checkpointKey) {
      console.error(JSON.stringify({ level: 'error', msg: 'scheduled checkpoint skipped: set the CHECKPOINT_PRIVATE_KEY secret (base64 PKCS#8 Ed25519)' }));
      return;
    }
    const run = makeCheckpoint(services).then(
      (out) => console.log(JSON.stringify({ level: 'info', msg: out.created ? 'checkpoint signed' : 'checkpoint not needed', id: out.checkpoint?.id ?? null, tree_size: out.checkpoint?.tree_size ?? 0 })),
      (e) => console.error(JSON.stringify({ level: 'error', msg: 'checkpoint refused', error: String((e as Error).message ?? e) })),
    );
    ctx.waitUntil(run);
    await run;
  };
}
