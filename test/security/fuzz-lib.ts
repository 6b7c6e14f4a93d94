/** Seeded generators for the fuzz test: same seed, same 10,000 requests. */

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof prng>;

/** A fuzz case: what to send, and what kind of fault it carries (for the report and for field checks). */
export interface FuzzCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Where the fault is a named field, the answer must name a field. */
  expectField?: boolean;
}

export const VALID_BODIES = [
  { feature: { title: '私信 v1', description: '用户可以在对方主页点击「私信」，发送文字和图片消息。' } },
  { feature: { title: '评论区支持楼中楼回复', description: '文章评论区增加二级回复，回复公开可见。', capabilities: ['comments'] }, context: { team: 'growth', repo: 'app' } },
  { feature: { title: 'Search inside help center', description: 'Users can search the help articles.', launch_date: '2027-01-15' } },
  { feature: { title: '会员积分商城', description: '', sectors: [] }, licence_id: '京B2-20224676', context: { requested_by: 'alice' } },
];

const WEIRD_VALUES: unknown[] = [
  null, true, false, 0, -1, 1e308, -0, 3.14, 'x', '', ' ', [], {}, [1, 2], { a: 1 }, '\u0000', '2026-02-30',
  'a'.repeat(300), ['comments', 'nope'], Number.MAX_SAFE_INTEGER, '\ud800', '\udc00x', '\u202e', '\ufeff',
  { title: 't' }, [[[[[]]]]], '9'.repeat(400), '<script>alert(1)</script>', "'; DROP TABLE decisions; --",
];

const ABSURD_DATES = ['0000-00-00', '2026-13-01', '2026-00-10', '2026-02-29', '1999-12-31', '2200-01-01', '99999-01-01',
  '2026-1-1', '2026/01/01', '20260101', '2026-01-01T00:00:00Z', '', 'tomorrow', '-2026-01-01', '２０２６-01-01', '2026-01-32'];

const UNKNOWN_CODES = ['telepathy', 'NEWS', 'news ', '', 'B25-4', 'comments\u0000', '💬', 'x'.repeat(80), 'sql\'--'];

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f'];

const CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
  'application/jsonx', 'json', '', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/json', 'application/ld+json; charset=utf-8'];

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Paths to every leaf and object of a value, for mutation. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown, op: 'set' | 'delete' | 'add') {
  let cur: any = root;
  for (const p of path.slice(0, -1)) cur = cur[p];
  const last = path[path.length - 1]!;
  if (op === 'delete') {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else if (op === 'add' && cur && typeof cur === 'object' && !Array.isArray(cur)) {
    cur[String(value)] = 'extra';
  } else {
    cur[last] = value;
  }
}

const enc = new TextEncoder();

function bytesWith(r: Rng, text: string, insert: number[]): Uint8Array {
  const b = enc.encode(text);
  const at = r.int(b.length + 1);
  const out = new Uint8Array(b.length + insert.length);
  out.set(b.subarray(0, at));
  out.set(insert, at);
  out.set(b.subarray(at), at + insert.length);
  return out;
}

const INVALID_UTF8: number[][] = [[0xff], [0xfe], [0xc0, 0x80], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80],
  [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc1, 0xbf], [0xed, 0xbf, 0xbf]];

/** One fuzz case, chosen by the PRNG. `auth` is the submitter's and `readAuth` the auditor's header. */
export function fuzzCase(r: Rng, auth: string, readAuth: string, maxBodyBytes: number): FuzzCase {
  const base = clone(r.pick(VALID_BODIES)) as Record<string, any>;
  const json = { 'content-type': 'application/json', authorization: auth };
  const post = (kind: string, body: string | Uint8Array, extra: Partial<FuzzCase> = {}, headers: Record<string, string> = json): FuzzCase =>
    ({ kind, method: 'POST', path: '/v1/decisions', headers, body, ...extra });
  switch (r.int(17)) {
    case 0: { // malformed JSON: truncation or stray characters
      const text = JSON.stringify(base);
      const cut = r.chance(0.5) ? text.slice(0, r.int(text.length)) : text.slice(0, r.int(text.length)) + r.pick([',', '}', ']', ':', '"', 'NaN', 'undefined', '\'', '{{']) + text.slice(r.int(text.length));
      return post('malformed-json', cut);
    }
    case 1: { // wrong types anywhere
      const ps = paths(base).filter((p) => p.length > 0);
      setAt(base, r.pick(ps), r.pick(WEIRD_VALUES), 'set');
      return post('wrong-type', JSON.stringify(base));
    }
    case 2: { // huge bodies: over the limit, or a field far over its own limit
      if (r.chance(0.15)) return post('huge-over-limit', JSON.stringify({ feature: { title: 't', description: 'x'.repeat(maxBodyBytes + r.int(1000)) } }));
      base.feature.description = r.pick(['字', 'a', '🙂']).repeat(20001 + r.int(500));
      return post('huge-field', JSON.stringify(base), { expectField: true });
    }
    case 3: { // deep bodies
      const d = 33 + r.int(5000);
      const open = r.chance(0.5) ? '['.repeat(d) : '{"a":'.repeat(d);
      const close = open.startsWith('[') ? ']'.repeat(d) : '}'.repeat(d);
      const where = r.int(3);
      const body = where === 0 ? open + close : where === 1 ? `{"feature":{"title":"t","description":${open}"x"${close}}}` : `{"feature":${open}1${close}}`;
      return post('deep', body);
    }
    case 4: // invalid UTF-8 bytes inside an otherwise valid body
      return post('invalid-utf8', bytesWith(r, JSON.stringify(base), r.pick(INVALID_UTF8)));
    case 5: { // control characters in text fields
      const ctl = r.pick(CONTROL);
      const field = r.pick(['title', 'description', 'team']);
      if (field === 'team') base.context = { ...(base.context ?? {}), team: `a${ctl}b` };
      else base.feature[field] = `${base.feature[field] ?? ''}${ctl}x`;
      // a description may carry tab and newline but no other control character
      return post('control-chars', JSON.stringify(base), { expectField: true });
    }
    case 6: { // wrong content types
      const type = r.pick(CONTENT_TYPES);
      const headers: Record<string, string> = { authorization: auth };
      if (type) headers['content-type'] = type;
      return post('content-type', JSON.stringify(base), { expectField: true }, headers);
    }
    case 7: { // unknown fields at any object
      const objs = paths(base).filter((p) => { let cur: any = base; for (const k of p) cur = cur[k]; return cur && typeof cur === 'object' && !Array.isArray(cur); });
      setAt(base, [...r.pick(objs), 'x'], r.pick(['colour', '__proto__', 'constructor', 'feature ', 'Title', '💥', 'verdict']), 'add');
      return post('unknown-field', JSON.stringify(base), { expectField: true });
    }
    case 8: // absurd dates
      base.feature.launch_date = r.pick(ABSURD_DATES);
      return post('absurd-date', JSON.stringify(base), { expectField: true });
    case 9: { // oversized headers
      const big = 'a'.repeat(8000 + r.int(24000));
      const which = r.pick(['idempotency-key', 'x-request-id', 'accept-language', 'authorization', 'x-junk', 'content-type']);
      const headers: Record<string, string> = { ...json };
      headers[which] = which === 'authorization' ? `Bearer ${big}` : which === 'accept-language' ? `en;q=0.${big}` : which === 'content-type' ? `application/json; ${big}=1` : big;
      return post('oversized-header', JSON.stringify(base), {}, headers);
    }
    case 10: { // unknown capability, sector or licence codes
      const which = r.int(3);
      if (which === 0) base.feature.capabilities = ['comments', r.pick(UNKNOWN_CODES)];
      else if (which === 1) base.feature.sectors = [r.pick(UNKNOWN_CODES)];
      else base.licence_id = r.pick(['京B2-00000000', 'B2-20224676', 'x', '京B2-20224676 ', '京ICP备12345678号']);
      return post('unknown-code', JSON.stringify(base), { expectField: true });
    }
    case 11: { // lone surrogates, as JSON escapes, in a value, a key or a code
      const s = r.pick(['\\ud800', '\\udfff', '\\udbff\\u0041', 'a\\udc00', '\\ud83d']);
      const where = r.pick(['title', 'description', 'key', 'capability', 'team'] as const);
      if (where === 'title') base.feature.title = '@@S@@' + base.feature.title;
      else if (where === 'description') base.feature.description = '@@S@@';
      else if (where === 'key') base.feature['@@S@@'] = 1;
      else if (where === 'capability') base.feature.capabilities = ['@@S@@'];
      else base.context = { team: 'x@@S@@' };
      return post('lone-surrogate', JSON.stringify(base).replace('@@S@@', s), { expectField: true });
    }
    case 12: { // structural mutations of a valid body (may stay valid)
      const ps = paths(base).filter((p) => p.length > 0);
      for (let i = 0, n = 1 + r.int(3); i < n; i++) {
        const p = r.pick(ps);
        try {
          setAt(base, p, r.pick(WEIRD_VALUES), r.pick(['set', 'delete', 'add'] as const));
        } catch {
          /* a path a previous mutation removed */
        }
      }
      const headers = r.chance(0.2) ? { ...json, 'idempotency-key': `fz-${r.int(50)}` } : json;
      return post('mutation', JSON.stringify(base), {}, headers);
    }
    case 13: { // byte-level mutations of a valid body
      const b = enc.encode(JSON.stringify(base));
      for (let i = 0, n = 1 + r.int(4); i < n; i++) b[r.int(b.length)] = r.int(256);
      return post('byte-mutation', b);
    }
    case 14: { // the read API with random queries (as auditor)
      const params = ['verdict', 'category', 'approval', 'team', 'repo', 'from', 'to', 'limit', 'cursor', 'q', 'requester', 'nope'];
      const vals = ['allowed', 'maybe', 'B25-4', 'news', '', '0', '-1', '201', '1e400', '2026-02-30', 's1', 'zz!', '%00', '%E0%A4%A', '💬', '\'', 'a'.repeat(300), '2026-01-01'];
      const q = Array.from({ length: 1 + r.int(4) }, () => `${r.pick(params)}=${encodeURIComponent(r.pick(vals))}`).join('&');
      return { kind: 'list-query', method: 'GET', path: `/v1/decisions?${q}`, headers: { authorization: readAuth } };
    }
    case 15: { // random ids and paths
      const id = r.pick(['x', 'dec_00000000000000000000000000', '%00', '%E0%A4%A', '..%2F..%2Fetc', 'a'.repeat(65), '💬', '%ud800', '%C0%AF']);
      const path = r.pick([`/v1/decisions/${id}`, `/v1/decisions/${id}/x`, `/v1/${id}`, `/v1/audit/verify?from_seq=${id}`, `/v1/keys/${id}`]);
      return { kind: 'random-path', method: r.pick(['GET', 'DELETE', 'PUT', 'PATCH', 'POST']), path, headers: { ...json, authorization: r.chance(0.5) ? auth : readAuth }, body: '{}' };
    }
    default: // a valid body, so the fuzz also proves the happy path holds up between faults
      return post('valid', JSON.stringify(base));
  }
}
