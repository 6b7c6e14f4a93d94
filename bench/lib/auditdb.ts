import { createClient, type Client, type InStatement } from '@libsql/client';
import { and, asc, gte, lte } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, sha256Hex } from '../../src/engine/canonical.js';
import { libsqlStore, LOG_PAGE_SIZE } from '../../src/storage/db.js';
import { entryHash, GENESIS_HASH, hashedFields } from '../../src/storage/log.js';
import { decisions } from '../../src/storage/schema.js';
import { migrate } from '../../src/storage/migrate.js';
import { readMigrations } from '../../src/storage/migrations-fs.js';
import { loadFeatures, REPOS, requestBodies, TEAMS, type FeatureBody } from './bodies.js';

/** Bump when the generator changes what it writes. */
const GENERATOR_VERSION = 2;

/** The log's time span: one year of decisions ending at END. */
export const SPAN_START = Date.parse('2025-12-01T00:00:00.000Z');
export const SPAN_END = Date.parse('2026-12-01T00:00:00.000Z');

export const EXTRA_TEAMS = Array.from({ length: 24 }, (_, i) => `team-${String(i + 1).padStart(2, '0')}`);
export const ALL_TEAMS = [...TEAMS, ...EXTRA_TEAMS];
export const ALL_REPOS = [...REPOS, ...Array.from({ length: 52 }, (_, i) => `svc-${String(i + 1).padStart(2, '0')}`)];
const REQUESTERS = ['k_submitter_ci', 'k_submitter_web', 'k_admin'];

/** Evaluations of the eval features: real engine output when it is there, else a plausible stand-in. */
async function answersFor(features: FeatureBody[], log: (s: string) => void): Promise<{ answers: Record<string, unknown>[]; real: boolean }> {
  try {
    const { evaluate } = await import('../../src/engine/index.js');
    const { benchServices, evaluationContext } = await import('./services.js');
    const ctx = await evaluationContext(await benchServices(), new Date('2026-06-01T04:00:00.000Z'));
    const answers = features.map((f) => evaluate({
      title: f.title, description: f.description ?? '', capabilities: (f.capabilities ?? []) as never, sectors: (f.sectors ?? []) as never,
      ...(f.launch_date ? { launch_date: f.launch_date } : {}),
    }, ctx) as unknown as Record<string, unknown>);
    return { answers, real: true };
  } catch (e) {
    log(`  audit: the engine is not available (${String(e).slice(0, 120)}); using stand-in answers`);
    const verdicts = ['allowed', 'rejected', 'needs_review'];
    const cats = ['B25-1', 'B25-3', 'B25-4', 'B21', 'B25-2'];
    const apprs = ['news', 'medical', 'finance', 'games', 'education'];
    const answers = features.map((f, i) => ({
      verdict: verdicts[i % 3],
      categories: [{ code: cats[i % 5], name: '信息发布平台和递送服务', covered: i % 2 === 0, licence_id: '京B2-20224676', evidence: [{ field: 'description', text: (f.description ?? '').slice(0, 4), start: 0, end: 4, rule: 'lex-' + i }] }],
      approvals: i % 4 === 0 ? [{ code: apprs[i % 5], name: '互联网新闻信息服务许可', authority: '国家互联网信息办公室', evidence: [] }] : [],
      reasons: [{ kind: 'out_of_scope', clause: '业务种类', clause_text: '第二类增值电信业务中的信息服务业务（仅限互联网信息服务）', message: '该功能属于许可证未覆盖的业务。' }],
      obligations: [{ clause: '十五(十三)', text: '应当建立健全网络与信息安全保障措施，落实用户真实身份信息登记。' }],
      warnings: [],
      licence: { id: '京B2-20224676', revision: 'sha256:' + '1'.repeat(64) },
      licences: [{ id: '京B2-20224676', revision: 'sha256:' + '1'.repeat(64), valid: true }],
      ruleset: { id: 'default', revision: 'sha256:' + '2'.repeat(64) },
      launch_date: '2026-06-01',
    }));
    return { answers, real: false };
  }
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Whether a cached file still holds a chain the current code accepts: entries at the start, the
 * middle and the end hash as log.ts hashes them today and link to their predecessors.
 */
async function stillValid(client: Client, n: number): Promise<string | null> {
  const head = (await client.execute('SELECT MAX(seq) AS n FROM decisions')).rows[0];
  if (Number(head?.n) !== n) return `holds ${String(head?.n)} entries, not ${n}`;
  const store = libsqlStore(client);
  for (const start of [1, Math.max(1, Math.floor(n / 2) - 25), Math.max(1, n - 50)]) {
    const rows = await store.db.select().from(decisions).where(and(gte(decisions.seq, start), lte(decisions.seq, start + 50))).orderBy(asc(decisions.seq));
    let prev: string | null = start === 1 ? GENESIS_HASH : null;
    for (const row of rows) {
      const { entryHash: stored, ...rest } = row;
      if (prev !== null && row.prevHash !== prev) return `entry ${row.seq} does not link`;
      if (entryHash(rest) !== stored) return `entry ${row.seq} does not hash as log.ts hashes today`;
      prev = stored;
    }
  }
  return null;
}

export interface AuditDb {
  path: string;
  entries: number;
  built_now: boolean;
  build_ms: number | null;
  real_answers: boolean | null;
  bytes: number;
}

/**
 * A libSQL file with `n` decisions, chained exactly as the service chains them (log.ts entryHash),
 * written in large transactions with the schema of migrations/. Cached under bench/.cache/ by size
 * and by the code that defines the schema and the chain.
 */
export async function ensureAuditDb(root: string, n: number, log: (s: string) => void): Promise<AuditDb> {
  const dir = join(root, 'bench', '.cache');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `audit-${n}-v${GENERATOR_VERSION}.db`);
  // Another process building the same file (a previous run, or a build started by hand): wait for it.
  const lock = path + '.lock';
  for (let waited = 0; existsSync(lock) && !existsSync(path); waited++) {
    const pid = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch { /* gone */ }
    if (!alive) { rmSync(lock, { force: true }); break; }
    if (waited % 12 === 0) log(`  audit: waiting for process ${pid} to finish building ${path}…`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  if (existsSync(path)) {
    // Reuse it, upgraded by any new migration as a deployed database would be, if its chain still holds.
    const client = await openAuditDb(path);
    await migrate(libsqlStore(client), readMigrations());
    const why = await stillValid(client, n);
    client.close();
    if (!why) return { path, entries: n, built_now: false, build_ms: null, real_answers: null, bytes: statSync(path).size };
    log(`  audit: the cached ${path} is stale (${why}); rebuilding`);
    for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  }
  const tmp = path + '.building';
  writeFileSync(lock, String(process.pid));
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(tmp + s, { force: true });
  const t0 = performance.now();
  const client = createClient({ url: 'file:' + tmp });
  // The page size `npm start` gives a new log file (a file cached before keeps its own 4 KB pages).
  await client.execute(`PRAGMA page_size = ${LOG_PAGE_SIZE}`);
  await client.execute('PRAGMA journal_mode = OFF');
  await client.execute('PRAGMA synchronous = OFF');
  await client.execute('PRAGMA cache_size = -262144');
  await migrate(libsqlStore(client), readMigrations());

  const { features } = loadFeatures(root);
  const bodies = requestBodies(features).map((b) => JSON.parse(b) as { feature: FeatureBody; context: Record<string, string> });
  const { answers, real } = await answersFor(features, log);
  // Each row's answer is {id, ...evaluation, request_id, created_at}: the evaluation's JSON, and its
  // JSON-string escaping, are computed once a feature (escaping is per character, so pieces concatenate).
  const esc = (x: string) => JSON.stringify(x).slice(1, -1);
  const mids = answers.map((a) => {
    const mid = JSON.stringify(a).slice(1, -1);
    if (!mid || /^"(?:id|request_id|created_at)"/.test(mid)) throw new Error('unexpected evaluation shape');
    return { mid, escMid: esc(mid) };
  });
  const PH = '\u0000ANSWER\u0000';
  const PH_JSON = JSON.stringify(PH);
  log(`  audit: building ${n.toLocaleString('en-US')} entries (${real ? 'real engine answers' : 'stand-in answers'}) in ${path}…`);
  const rand = rng(42);
  const step = (SPAN_END - SPAN_START) / n;
  let prev = GENESIS_HASH;
  const ROWS_PER_STMT = 200; // 20 columns × 200 = 4,000 parameters, under SQLite's limit
  const ROWS_PER_TX = 20_000;
  const cols = 'seq, id, created_at, request_id, requester, idempotency_key, request_hash, verdict, licence_id, licence_revision, ruleset_revision, team, repo, title, launch_date, request, answer, masked, prev_hash, entry_hash';
  const rowPh = '(' + new Array(20).fill('?').join(',') + ')';
  let stmts: InStatement[] = [];
  let rowArgs: (string | number | null)[] = [];
  let rowsInStmt = 0;
  let tagArgs: (string | number)[] = [];
  let lastLog = performance.now();
  const flushStmt = () => {
    if (rowsInStmt) stmts.push({ sql: `INSERT INTO decisions (${cols}) VALUES ${new Array(rowsInStmt).fill(rowPh).join(',')}`, args: rowArgs });
    for (let k = 0; k < tagArgs.length; k += 3 * 300) {
      const part = tagArgs.slice(k, k + 900);
      stmts.push({ sql: `INSERT INTO decision_tags (kind, code, seq) VALUES ${new Array(part.length / 3).fill('(?,?,?)').join(',')}`, args: part });
    }
    rowArgs = [];
    tagArgs = [];
    rowsInStmt = 0;
  };
  const idAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  for (let seq = 1; seq <= n; seq++) {
    const f = Math.floor(rand() * bodies.length);
    const body = bodies[f]!;
    const ms = Math.floor(SPAN_START + (seq - 1) * step);
    const createdAt = new Date(ms).toISOString();
    let rnd = '';
    for (let k = 0; k < 16; k++) rnd += idAlphabet[Math.floor(rand() * 32)];
    let time = '';
    for (let t = ms, k = 0; k < 10; k++, t = Math.floor(t / 32)) time = idAlphabet[t % 32] + time;
    const id = `dec_${time}${rnd}`;
    const requestId = `req_${time}${rnd.split('').reverse().join('')}`;
    // Teams and repos: a few busy ones, a long tail.
    const team = rand() < 0.6 ? TEAMS[Math.floor(rand() * TEAMS.length)]! : ALL_TEAMS[Math.floor(rand() * ALL_TEAMS.length)]!;
    const repo = rand() < 0.5 ? REPOS[Math.floor(rand() * REPOS.length)]! : ALL_REPOS[Math.floor(rand() * ALL_REPOS.length)]!;
    const request = { ...body, context: { ...body.context, team, repo } };
    const answer: Record<string, unknown> = answers[f]!;
    const head = `{"id":${JSON.stringify(id)},`;
    const tail = `,"request_id":${JSON.stringify(requestId)},"created_at":${JSON.stringify(createdAt)}}`;
    const answerJson = head + mids[f]!.mid + tail; // = JSON.stringify({ id, ...evaluation, request_id, created_at })
    const base = {
      seq, id, createdAt, requestId, requester: REQUESTERS[seq % 3]!, idempotencyKey: seq % 10 === 0 ? `idem-${seq}` : null,
      requestHash: sha256Hex(canonicalJson(request)), verdict: String(answer.verdict), licenceId: '京B2-20224676',
      licenceRevision: String((answer.licence as { revision: string }).revision), rulesetRevision: String((answer.ruleset as { revision: string }).revision),
      team, repo, title: body.feature.title, launchDate: String(answer.launch_date ?? '2026-06-01'),
      request: JSON.stringify(request), answer: answerJson, masked: '[]', prevHash: prev,
    };
    // The chain as log.ts defines it: its hashedFields and canonical JSON, with the (large) answer's
    // escaping spliced in from the pieces above; SHA-256 from node:crypto (bit-identical, ~3× faster
    // than the pure-JS one). Checked against log.ts entryHash every 997 rows; verify() checks them all.
    const canonPh = canonicalJson(hashedFields({ ...base, answer: PH }));
    const at = canonPh.indexOf(PH_JSON);
    const canon = canonPh.slice(0, at) + '"' + esc(head) + mids[f]!.escMid + esc(tail) + '"' + canonPh.slice(at + PH_JSON.length);
    const hash = createHash('sha256').update(prev + '\n' + canon).digest('hex');
    if (seq % 997 === 1 && hash !== entryHash(base)) throw new Error(`entry ${seq}: the fast chain and log.ts entryHash disagree`);
    if (seq === 1 && answerJson !== JSON.stringify({ id, ...answer, request_id: requestId, created_at: createdAt })) throw new Error('answer JSON differs');
    prev = hash;
    rowArgs.push(base.seq, base.id, base.createdAt, base.requestId, base.requester, base.idempotencyKey, base.requestHash, base.verdict,
      base.licenceId, base.licenceRevision, base.rulesetRevision, base.team, base.repo, base.title, base.launchDate, base.request,
      base.answer, base.masked, base.prevHash, hash);
    rowsInStmt++;
    const seen = new Set<string>();
    for (const [kind, list] of [['category', answer.categories], ['approval', answer.approvals]] as const) {
      for (const x of (list as { code: string }[] | undefined) ?? []) {
        if (seen.has(kind + x.code)) continue;
        seen.add(kind + x.code);
        tagArgs.push(kind, x.code, seq);
      }
    }
    if (rowsInStmt === ROWS_PER_STMT) flushStmt();
    if (seq % ROWS_PER_TX === 0 || seq === n) {
      flushStmt();
      await client.batch(stmts, 'write');
      stmts = [];
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`  audit: ${seq.toLocaleString('en-US')} / ${n.toLocaleString('en-US')} (${Math.round((performance.now() - t0) / 1000)} s)`);
      }
    }
  }
  await client.execute('PRAGMA journal_mode = WAL');
  client.close();
  for (const s of ['-wal', '-shm', '-journal']) rmSync(tmp + s, { force: true });
  renameSync(tmp, path);
  rmSync(lock, { force: true });
  const buildMs = performance.now() - t0;
  log(`  audit: built in ${Math.round(buildMs / 1000)} s`);
  return { path, entries: n, built_now: true, build_ms: Math.round(buildMs), real_answers: real, bytes: statSync(path).size };
}

/** A client over the file as the server opens it. */
export async function openAuditDb(path: string): Promise<Client> {
  const client = createClient({ url: 'file:' + path });
  await client.execute('PRAGMA journal_mode = WAL');
  await client.execute('PRAGMA busy_timeout = 5000');
  return client;
}
