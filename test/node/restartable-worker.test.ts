import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { restartableWorker, type Outstanding } from '../../src/lib/restartable-worker.js';

/**
 * The start/restart/failure handling the engine thread and the log's writer thread share. A test
 * thread: refuses to start when told to (workerData.refuse), echoes { id } messages, and exits on
 * { die: true }.
 */
const dir = mkdtempSync(join(tmpdir(), 'sg-rw-'));
const url = pathToFileURL(join(dir, 'echo.mjs'));
writeFileSync(url, `
import { parentPort, workerData } from 'node:worker_threads';
if (workerData.refuse) parentPort.postMessage({ ready: false, error: 'refused' });
else {
  parentPort.on('message', (m) => { if (m.die) process.exit(3); else parentPort.postMessage({ id: m.id }); });
  parentPort.postMessage({ ready: true, tag: 'up' });
}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Job extends Outstanding { id: number; done: (v: string) => void }

function harness(workerData: { refuse: boolean }) {
  const gone: { why: string; orphans: number[]; wasCurrent: boolean }[] = [];
  const ready: unknown[] = [];
  const rw = restartableWorker<Job>({
    url, workerData,
    notReady: (m) => new Error('not ready: ' + String(m.error)),
    died: (why) => new Error('died: ' + why),
    onReady: (m) => ready.push(m.tag),
    onMessage: (m) => rw.take((m as { id: number }).id)?.done('answered'),
    onGone: (_w, why, orphans, wasCurrent) => gone.push({ why, orphans: orphans.map((o) => o.id), wasCurrent }),
  });
  const send = (w: Worker, id: number, message: object = { id }) => new Promise<string>((done) => {
    rw.track(id, { id, worker: w, done });
    w.postMessage(message);
  });
  return { rw, gone, ready, send };
}

describe('restartable worker thread', () => {
  test('a start the thread refuses fails, and the next call tries again (it does not keep the failed start)', async () => {
    const { rw } = harness({ refuse: true });
    await expect(rw.get()).rejects.toThrow('not ready: refused');
    await expect(rw.get()).rejects.toThrow('not ready: refused');
    expect(rw.current).toBeNull();
  });

  test('work is answered by id; a dead thread hands back only its own outstanding work, once, and the next call starts another', async () => {
    const { rw, gone, ready, send } = harness({ refuse: false });
    const w1 = await rw.get();
    expect(ready).toEqual(['up']);
    expect(await send(w1, 1)).toBe('answered');
    expect(rw.take(1)).toBeUndefined(); // already taken
    // two jobs outstanding on w1 when it dies
    rw.track(2, { id: 2, worker: w1, done: () => {} });
    rw.track(3, { id: 3, worker: w1, done: () => {} });
    const exited = new Promise((r) => w1.once('exit', r));
    w1.postMessage({ die: true });
    await exited;
    await new Promise((r) => setImmediate(r));
    expect(gone).toEqual([{ why: 'exited (3)', orphans: [2, 3], wasCurrent: true }]);
    expect(rw.current).toBeNull();
    expect(rw.take(2)).toBeUndefined(); // handed to onGone, not answerable any more
    const w2 = await rw.get();
    expect(w2).not.toBe(w1);
    expect(ready).toEqual(['up', 'up']);
    expect(await send(w2, 4)).toBe('answered');
    // terminate (as a crash would): the thread's end is reported once
    await rw.terminate();
    await new Promise((r) => setImmediate(r));
    expect(gone.length).toBe(2);
    expect(gone[1]).toMatchObject({ orphans: [], wasCurrent: true });
  }, 30_000);
});
