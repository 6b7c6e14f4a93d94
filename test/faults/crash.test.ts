import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, expect, test } from 'vitest';
import { auth, freePort, KEYS, startServer, type Server } from './server.js';

/**
 * SIGKILL the Node server while 32 clients post decisions, restart it on the same database file,
 * and check that every decision answered 201 is in the log, the chain verifies, and no entry is
 * half written. Three kill rounds, so that kills land at different points of the group commit.
 */
const CLIENTS = 32;
const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'sg-crash-'));
const dbFile = join(dir, 'scope-gate.db');
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Answered {
  id: string;
  verdict: string;
  title: string;
}

/** 32 clients posting as fast as they can until the server dies under them. */
async function postUntilKilled(server: Server, round: number, killAfter: number): Promise<{ answered: Answered[]; refused: number }> {
  const answered: Answered[] = [];
  let refused = 0;
  let killed = false;
  const client = async (c: number) => {
    for (let i = 0; ; i++) {
      const title = `crash r${round} c${c} n${i}`;
      const description = i % 2 ? '用户可以在对方主页点击「私信」，发送文字和图片消息。' : '文章评论区增加二级回复，回复公开可见。';
      try {
        const res = await fetch(`${server.url}/v1/decisions`, {
          method: 'POST',
          headers: { ...auth(KEYS.submitter), 'content-type': 'application/json' },
          body: JSON.stringify({ feature: { title, description }, context: { team: `t${c % 4}`, repo: 'crash' } }),
        });
        if (res.status === 201) {
          const d = (await res.json()) as { id: string; verdict: string };
          answered.push({ id: d.id, verdict: d.verdict, title });
        } else {
          refused++;
          await res.arrayBuffer();
        }
      } catch {
        return; // the connection died with the server
      }
      if (!killed && answered.length >= killAfter) {
        killed = true;
        server.proc.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const exit = await server.exited;
  expect(exit.signal).toBe('SIGKILL');
  return { answered, refused };
}

test(`SIGKILL under ${CLIENTS} concurrent clients, ${ROUNDS} times: every 201 survives, the chain verifies, nothing half-written`, async () => {
  const answered: Answered[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const server = await startServer(dbFile, await freePort());
    servers.push(server);
    // kill after a varying number of answers, so the kill meets the commit loop at different points
    const got = await postUntilKilled(server, round, 60 + round * 37);
    expect(got.refused).toBe(0);
    expect(got.answered.length).toBeGreaterThanOrEqual(60 + round * 37);
    answered.push(...got.answered);
  }

  const server = await startServer(dbFile, await freePort());
  servers.push(server);
  const verify = (await (await fetch(`${server.url}/v1/audit/verify`, { headers: auth(KEYS.auditor) })).json()) as { ok: boolean; entries: number; first_broken: unknown };
  expect(verify.first_broken).toBeNull();
  expect(verify.ok).toBe(true);
  expect(verify.entries).toBeGreaterThanOrEqual(answered.length);

  // every answered decision is there, as answered
  const missing: string[] = [];
  for (let i = 0; i < answered.length; i += 16) {
    await Promise.all(answered.slice(i, i + 16).map(async (a) => {
      const res = await fetch(`${server.url}/v1/decisions/${a.id}`, { headers: auth(KEYS.auditor) });
      if (res.status !== 200) return void missing.push(`${a.id}: ${res.status}`);
      const logged = (await res.json()) as { verdict: string; request: { feature: { title: string } } };
      if (logged.verdict !== a.verdict || logged.request.feature.title !== a.title) missing.push(`${a.id}: differs`);
    }));
  }
  expect(missing).toEqual([]);

  // the service takes decisions again on the restarted process
  const again = await fetch(`${server.url}/v1/decisions`, {
    method: 'POST', headers: { ...auth(KEYS.submitter), 'content-type': 'application/json' }, body: JSON.stringify({ feature: { title: 'after the crash' } }),
  });
  expect(again.status).toBe(201);

  // a graceful stop: SIGTERM closes the server and exits 0
  server.proc.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);

  // the file itself: intact, and no entry without the rest of its batch (tags written with their entry)
  const db = createClient({ url: `file:${dbFile}` });
  try {
    expect((await db.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok');
    const rows = (await db.execute('SELECT seq, answer FROM decisions ORDER BY seq')).rows;
    expect(rows.length).toBe(verify.entries + 1);
    const tags = (await db.execute('SELECT seq, kind, code FROM decision_tags')).rows;
    const bySeq = new Map<number, string[]>();
    for (const t of tags) bySeq.set(Number(t.seq), [...(bySeq.get(Number(t.seq)) ?? []), `${t.kind}:${t.code}`]);
    const halfWritten: number[] = [];
    for (const r of rows) {
      const answer = JSON.parse(String(r.answer)) as { categories: { code: string }[]; approvals: { code: string }[] };
      const want = [...new Set([...answer.categories.map((c) => `category:${c.code}`), ...answer.approvals.map((a) => `approval:${a.code}`)])].sort();
      const got = (bySeq.get(Number(r.seq)) ?? []).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) halfWritten.push(Number(r.seq));
    }
    expect(halfWritten).toEqual([]);
    // tags point only at entries that exist
    const maxSeq = Number(rows[rows.length - 1]!.seq);
    expect([...bySeq.keys()].every((s) => s >= 1 && s <= maxSeq)).toBe(true);
  } finally {
    db.close();
  }
});
