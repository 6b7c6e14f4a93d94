/**
 * Prices one group commit on this machine's disk: single-row and 32-row transactions of ~8 KB
 * rows (a logged decision's size) in a WAL libSQL file, synchronous FULL and NORMAL, through
 * @libsql/client as the service uses it. Shows what the fsync of a commit costs and that it
 * blocks the event loop (libsql's local driver is synchronous).
 *
 *   npx tsx bench/profile/commit.ts [commits]
 */
import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const commits = Number(process.argv[2] ?? 200);
const row = 'x'.repeat(8000);
for (const sync of ['FULL', 'NORMAL']) {
  for (const perCommit of [1, 32]) {
    const dir = mkdtempSync(join(tmpdir(), 'scope-gate-commit-'));
    const client = createClient({ url: 'file:' + join(dir, 'c.db') });
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute(`PRAGMA synchronous = ${sync}`);
    await client.execute('CREATE TABLE t (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    let seq = 0;
    // Event-loop stall: a timer every 1 ms notes how late it fires.
    let worstLag = 0;
    let last = performance.now();
    const tick = setInterval(() => { const now = performance.now(); worstLag = Math.max(worstLag, now - last - 1); last = now; }, 1);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < commits; i++) {
      const stmts = Array.from({ length: perCommit }, () => ({ sql: 'INSERT INTO t (seq, body) VALUES (?, ?)', args: [++seq, row] }));
      await client.batch(stmts, 'write');
      await new Promise((r) => setImmediate(r));
    }
    const ms = (performance.now() - t0) / commits;
    const c = process.cpuUsage(c0);
    clearInterval(tick);
    console.log(`synchronous=${sync.padEnd(6)} ${String(perCommit).padStart(2)} row(s)/commit: ${ms.toFixed(2)} ms wall, ${((c.user + c.system) / 1000 / commits).toFixed(2)} ms CPU per commit; ${(ms / perCommit).toFixed(3)} ms wall per row; worst event-loop stall ${worstLag.toFixed(1)} ms`);
    client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
