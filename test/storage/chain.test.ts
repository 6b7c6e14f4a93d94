import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, test } from 'vitest';
import { libsqlStore, type Store } from '../../src/storage/db.js';
import { DecisionLog, entryHash, type AppendInput } from '../../src/storage/log.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';
import { threadedLibsqlStore } from '../../src/storage/thread-store.js';
import { entry } from '../helpers/entries.js';

/**
 * The log's entries are chained by one function (src/storage/chain.ts) whether the main thread
 * writes them (DecisionLog on D1, remote or in-memory libSQL) or the Node writer thread does
 * (thread-store.ts): the same inputs must give the same rows, byte for byte, so that entries
 * written by either verify the same way.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function inMemory(): Promise<Store> {
  const store = libsqlStore(createClient({ url: ':memory:' }));
  await migrate(store, readMigrations());
  cleanups.push(() => store.close());
  return store;
}

async function threaded(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-chain-'));
  const url = `file:${join(dir, 'log.db')}`;
  const client = createClient({ url });
  await client.execute('PRAGMA journal_mode = WAL');
  await client.execute('PRAGMA busy_timeout = 5000');
  const store = await threadedLibsqlStore(client, { url, synchronous: 'FULL', busyTimeoutMs: 5000 });
  await migrate(store, readMigrations());
  cleanups.push(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return store;
}

const rows = async (store: Store) => (await store.rows('SELECT * FROM decisions ORDER BY seq')).map((r) => Array.from(r));
const tags = async (store: Store) => (await store.rows('SELECT kind, code, seq FROM decision_tags ORDER BY seq, kind, code')).map((r) => Array.from(r));

/** Inputs that take every branch of the chain: keys repeated within a turn and across turns, time going back, lone surrogates, text answers. */
function inputs(): AppendInput[][] {
  const t = (s: number) => new Date(Date.UTC(2026, 10, 1, 0, 0, s)).toISOString();
  const answer = (at: string, extra: object = {}) => ({ verdict: 'allowed', ...extra, created_at: at });
  const first = [
    entry({ id: 'dec_a', createdAt: t(10), answer: answer(t(10)) }),
    entry({ id: 'dec_b', createdAt: t(5), answerJson: JSON.stringify(answer(t(5), { reasons: ['私信 "quoted"'] })) }), // earlier than a: takes a's time
    entry({ id: 'dec_c', createdAt: t(11), idempotencyKey: 'k1', tags: [{ kind: 'category', code: 'B25-1' }, { kind: 'category', code: 'B25-1' }, { kind: 'approval', code: 'news' }] }),
    entry({ id: 'dec_d', createdAt: t(12), idempotencyKey: 'k1' }), // same key in the same group: not written
    entry({ id: 'dec_e', createdAt: t(13), title: 'lone \ud800 surrogate', team: null, repo: null }),
  ];
  const second = [
    entry({ id: 'dec_f', createdAt: t(14), idempotencyKey: 'k1' }), // the key of an earlier group
    entry({ id: 'dec_g', createdAt: t(1), answer: { created_at: t(1), verdict: 'rejected' } }), // created_at not last: moved all the same
    entry({ id: 'dec_h', createdAt: t(2), answer: { verdict: 'allowed', created_at: 'another time' } }), // not the time asked: kept
  ];
  return [first, second];
}

async function appendAll(log: DecisionLog, turns = inputs()) {
  const out = [];
  for (const turn of turns) out.push(...(await Promise.all(turn.map((i) => log.append(i)))));
  return out;
}

describe('one chain, whichever thread writes it', () => {
  test('the writer thread writes the same rows and tags as the main thread, and both verify', async () => {
    const [a, b] = [await inMemory(), await threaded()];
    const turns = inputs();
    const [ra, rb] = [await appendAll(new DecisionLog(a), turns), await appendAll(new DecisionLog(b), turns)];
    expect(rb).toEqual(ra);
    expect(await rows(b)).toEqual(await rows(a));
    expect(await tags(b)).toEqual(await tags(a));
    expect((await rows(a)).length).toBe(6);
    for (const s of [a, b]) expect(await new DecisionLog(s).verify()).toMatchObject({ ok: true, entries: 6 });
    // each stored hash is entryHash of the row as read back
    const log = new DecisionLog(b);
    for (const id of ['dec_a', 'dec_b', 'dec_e', 'dec_g']) {
      const row = (await log.get(id))!;
      expect(entryHash(row)).toBe(row.entryHash);
    }
  }, 60_000);

  test('created_at never goes back: the entry and its answer take the previous time, and the caller gets the answer as stored', async () => {
    for (const store of [await inMemory(), await threaded()]) {
      const log = new DecisionLog(store);
      const results = await appendAll(log);
      const b = results[1]!;
      const a = (await log.get('dec_a'))!;
      expect(b).toMatchObject({ kind: 'appended', seq: 2, createdAt: a.createdAt });
      const storedB = (await log.get('dec_b'))!;
      expect(storedB.createdAt).toBe(a.createdAt);
      expect(b.kind === 'appended' && b.answerJson).toBe(storedB.answer);
      expect(JSON.parse(storedB.answer)).toEqual({ verdict: 'allowed', reasons: ['私信 "quoted"'], created_at: a.createdAt });
      // an answer whose created_at is not its last member keeps its members' order
      const g = (await log.get('dec_g'))!;
      expect(g.answer).toBe(JSON.stringify({ created_at: g.createdAt, verdict: 'rejected' }));
      // an answer that does not carry the time asked is logged as given
      expect(JSON.parse((await log.get('dec_h'))!.answer)).toEqual({ verdict: 'allowed', created_at: 'another time' });
      // an entry that did not move is answered with its own text (no answerJson)
      expect(results[0]).not.toHaveProperty('answerJson');
      // the idempotency keys: the second of a group and a later group's get the first entry
      expect(results[3]).toMatchObject({ kind: 'existing', row: { id: 'dec_c' } });
      expect(results[5]).toMatchObject({ kind: 'existing', row: { id: 'dec_c' } });
    }
  }, 60_000);

  test('an answer given as text is logged as that text', async () => {
    for (const store of [await inMemory(), await threaded()]) {
      const log = new DecisionLog(store);
      const text = '{"verdict":"allowed","note":"as sent, \\u00e9 kept escaped"}';
      await log.append(entry({ id: 'dec_text', answer: undefined, answerJson: text }));
      expect((await log.get('dec_text'))!.answer).toBe(text);
    }
  }, 60_000);

  test('an input whose columns are not text is refused alone: nothing of it is written, the others of its turn are', async () => {
    for (const store of [await inMemory(), await threaded()]) {
      const log = new DecisionLog(store);
      const bad = [
        entry({ id: 42 as unknown as string }),
        entry({ title: undefined as unknown as string }),
        entry({ answer: undefined }),
        entry({ tags: [{ kind: 'category', code: null as unknown as string }] }),
      ];
      const good = [entry(), entry()];
      const out = await Promise.allSettled([...bad, ...good].map((i) => log.append(i)));
      expect(out.slice(0, bad.length).every((o) => o.status === 'rejected' && o.reason instanceof TypeError)).toBe(true);
      expect(out.slice(bad.length).every((o) => o.status === 'fulfilled')).toBe(true);
      expect(await log.verify()).toMatchObject({ ok: true, entries: good.length });
      expect((await store.rows('SELECT count(*) FROM decision_tags'))[0]![0]).toBe(good.length);
    }
  }, 60_000);
});
