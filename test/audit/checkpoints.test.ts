import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditOf } from '../../src/audit/context.js';
import { leafHash, rootOf, toHex, verifyInclusion } from '../../src/audit/merkle.js';
import { inclusionProof, IntegrityError, makeCheckpoint, ProofUnavailable, verifyAudit } from '../../src/audit/service.js';
import { checkpointText, generateSigner, signCheckpoint, verifyCheckpointSignature } from '../../src/audit/signing.js';
import { entryHash, type DecisionRow } from '../../src/storage/log.js';
import { DRIVERS, type TestStore } from '../helpers/stores.js';
import { auditHost, entry, fill } from './helpers.js';

const q = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);

/** Every entry, in chain order, straight from the table. */
async function rows(host: Awaited<ReturnType<typeof auditHost>>): Promise<DecisionRow[]> {
  return host.log.range(1, 1_000_000);
}

describe.each(DRIVERS)('signed checkpoints and proofs on %s', (_name, fresh) => {
  let t: TestStore;
  let host: Awaited<ReturnType<typeof auditHost>>;
  beforeEach(async () => {
    t = await fresh();
    host = await auditHost(t);
  });
  afterEach(async () => {
    await t.dispose();
  });

  test('a checkpoint signs the RFC 9162 root of every entry, and the signature verifies', async () => {
    await fill(host.log, 20);
    const { created, checkpoint } = await makeCheckpoint(host);
    expect(created).toBe(true);
    const all = await rows(host);
    expect(checkpoint).toMatchObject({ id: 1, tree_size: 20, head_seq: 20, head_hash: all[19]!.entryHash, key_id: host.signer.keyId });
    expect(checkpoint!.root_hash).toBe(toHex(rootOf(all.map((r) => leafHash(r.entryHash)))));
    expect(await verifyCheckpointSignature(host.signer, checkpoint!)).toBe(true);
    expect(await verifyCheckpointSignature(host.signer, { ...checkpoint!, tree_size: 19 })).toBe(false);
    expect(checkpointText(checkpoint!)).toContain(`root_hash ${checkpoint!.root_hash}\n`);
  });

  test('nothing new: no new checkpoint; new entries: a new one; an empty log: none', async () => {
    expect(await makeCheckpoint(host)).toEqual({ created: false, checkpoint: null });
    await fill(host.log, 3);
    const first = await makeCheckpoint(host);
    const again = await makeCheckpoint(host);
    expect(again).toEqual({ created: false, checkpoint: first.checkpoint });
    await fill(host.log, 2);
    const second = await makeCheckpoint(host);
    expect(second.checkpoint).toMatchObject({ id: 2, tree_size: 5 });
    expect((await auditOf(host).checkpoints.list(10)).map((c) => c.id)).toEqual([2, 1]);
  });

  test('checkpoints and the Merkle cache refuse UPDATE and DELETE', { timeout: 120_000 }, async () => {
    await fill(host.log, 300);
    await makeCheckpoint(host);
    await expect(t.raw(`UPDATE checkpoints SET tree_size = 1`)).rejects.toThrow(/append-only/);
    await expect(t.raw(`DELETE FROM checkpoints`)).rejects.toThrow(/append-only/);
    await expect(t.raw(`UPDATE merkle_nodes SET hash = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.raw(`DELETE FROM merkle_nodes`)).rejects.toThrow(/append-only/);
    expect((await auditOf(host).checkpoints.latest())!.tree_size).toBe(300);
  });

  test('inclusion proofs for entries across stored blocks verify against the signed root', { timeout: 180_000 }, async () => {
    await fill(host.log, 600, 100);
    const cp1 = (await makeCheckpoint(host)).checkpoint!;
    await fill(host.log, 45);
    const cp2 = (await makeCheckpoint(host)).checkpoint!;
    const all = await rows(host);
    for (const seq of [1, 2, 255, 256, 257, 300, 512, 513, 599, 600, 601, 645]) {
      const row = all[seq - 1]!;
      const p = await inclusionProof(host, row.id);
      expect(p).toMatchObject({ seq, leaf_index: seq - 1, tree_size: 645, root_hash: cp2.root_hash, valid: true });
      expect(verifyInclusion(p.leaf_index, p.tree_size, leafHash(row.entryHash), p.audit_path, cp2.root_hash)).toBe(true);
      if (seq <= 600) {
        const old = await inclusionProof(host, row.id, cp1.id);
        expect(old.root_hash).toBe(cp1.root_hash);
        expect(verifyInclusion(old.leaf_index, 600, leafHash(row.entryHash), old.audit_path, cp1.root_hash)).toBe(true);
        // A path for one tree does not prove membership in the other.
        expect(verifyInclusion(old.leaf_index, 645, leafHash(row.entryHash), old.audit_path, cp2.root_hash)).toBe(false);
      } else {
        await expect(inclusionProof(host, row.id, cp1.id)).rejects.toBeInstanceOf(ProofUnavailable);
      }
    }
    await expect(inclusionProof(host, 'dec_nope')).rejects.toMatchObject({ kind: 'no_entry' });
    await expect(inclusionProof(host, all[0]!.id, 99)).rejects.toMatchObject({ kind: 'no_checkpoint' });
  });

  test('300 parallel appends: exactly 300 entries, seq 1..300, a valid chain, and a checkpoint over them', { timeout: 120_000 }, async () => {
    const results = await Promise.all(Array.from({ length: 300 }, () => host.log.append(entry())));
    const seqs = results.map((r) => (r.kind === 'appended' ? r.seq : -1)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(await host.log.count()).toBe(300);
    const cp = await makeCheckpoint(host);
    expect(cp.checkpoint!.tree_size).toBe(300);
    expect(await verifyAudit(host)).toMatchObject({ ok: true, entries: 300, first_broken: null, checkpoints: { total: 1, roots_checked: 1 } });
  });

  describe('corruption probes: each is detected and the first broken entry named', () => {
    beforeEach(async () => {
      await fill(host.log, 10, 10);
      await makeCheckpoint(host);
      expect(await verifyAudit(host)).toMatchObject({ ok: true, entries: 10, checkpoints: { total: 1, roots_checked: 1, signatures_checked: 1 } });
    });

    test('a field edited in the database', async () => {
      await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET verdict = 'rejected' WHERE seq = 4`);
      const r = await verifyAudit(host);
      expect(r).toMatchObject({ ok: false, first_broken: { seq: 4, reason: expect.stringMatching(/entry_hash/) } });
    });

    test('a row deleted', async () => {
      await t.raw(`DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq = 6`);
      expect(await verifyAudit(host)).toMatchObject({ ok: false, first_broken: { seq: 6, reason: expect.stringMatching(/missing/) } });
    });

    test('two rows swapped', async () => {
      await t.raw(`DROP TRIGGER decisions_no_update; UPDATE decisions SET seq = -3 WHERE seq = 3; UPDATE decisions SET seq = 3 WHERE seq = 7; UPDATE decisions SET seq = 7 WHERE seq = -3`);
      expect(await verifyAudit(host)).toMatchObject({ ok: false, first_broken: { seq: 3 } });
    });

    test('the tail truncated behind a checkpoint', async () => {
      await t.raw(`DROP TRIGGER decisions_no_delete; DELETE FROM decisions WHERE seq > 7`);
      // The chain alone still holds: only the checkpoint exposes the truncation.
      expect(await host.log.verify()).toMatchObject({ ok: true, entries: 7 });
      const r = await verifyAudit(host);
      expect(r).toMatchObject({ ok: false, entries: 7, first_broken: { seq: 8, checkpoint: 1, reason: expect.stringMatching(/truncated/) } });
      // A range run sees it too.
      expect(await verifyAudit(host, 3, 5)).toMatchObject({ ok: false, first_broken: { seq: 8, reason: expect.stringMatching(/truncated/) } });
      await expect(makeCheckpoint(host)).rejects.toThrow(/truncated/);
    });

    test('the whole chain recomputed without the signing key', async () => {
      const all = await rows(host);
      let prev = all[2]!.entryHash;
      const stmts = ['DROP TRIGGER decisions_no_update'];
      for (const r of all.slice(3)) {
        const { entryHash: _old, ...rest } = r;
        const changed = { ...rest, prevHash: prev, verdict: r.seq === 4 ? 'rejected' : r.verdict };
        const h = entryHash(changed);
        stmts.push(`UPDATE decisions SET verdict = ${q(changed.verdict)}, prev_hash = ${q(prev)}, entry_hash = ${q(h)} WHERE seq = ${r.seq}`);
        prev = h;
      }
      await t.raw(stmts.join('; '));
      // The chain verifies as a chain…
      expect(await host.log.verify()).toMatchObject({ ok: true, entries: 10 });
      // …but no longer matches the signed root.
      const r = await verifyAudit(host);
      expect(r.ok).toBe(false);
      expect(r.first_broken).toMatchObject({ seq: 10, checkpoint: 1, reason: expect.stringMatching(/checkpoint #1.*recomputed/) });
      await expect(makeCheckpoint(host)).rejects.toBeInstanceOf(IntegrityError);
    });

    test('a checkpoint altered in the database', async () => {
      await t.raw(`DROP TRIGGER checkpoints_no_update; UPDATE checkpoints SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = 1`);
      const r = await verifyAudit(host);
      expect(r).toMatchObject({ ok: false, first_broken: { checkpoint: 1, reason: expect.stringMatching(/signature does not verify/) } });
    });

    test('a checkpoint forged with another key over a rewritten log', async () => {
      const forger = (await generateSigner('ephemeral')).signer;
      const cp = (await auditOf(host).checkpoints.latest())!;
      const body = { ...cp, key_id: forger.keyId };
      const sig = await signCheckpoint(forger, body);
      await t.raw(`INSERT INTO checkpoints (tree_size, root_hash, head_seq, head_hash, created_at, key_id, signature) VALUES (10, ${q(cp.root_hash)}, 10, ${q(cp.head_hash)}, ${q(cp.created_at)}, ${q(forger.keyId)}, ${q(sig)})`);
      const r = await verifyAudit(host);
      expect(r).toMatchObject({ ok: false, first_broken: { checkpoint: 2, reason: expect.stringMatching(/not a trusted key/) } });
    });

    test('a checkpoint deleted', async () => {
      await fill(host.log, 2);
      await makeCheckpoint(host);
      await fill(host.log, 2);
      await makeCheckpoint(host);
      await t.raw(`DROP TRIGGER checkpoints_no_delete; DELETE FROM checkpoints WHERE id = 2`);
      expect(await verifyAudit(host)).toMatchObject({ ok: false, checkpoints: { problems: [{ id: 2, reason: expect.stringMatching(/missing/) }] } });
    });
  });
});
