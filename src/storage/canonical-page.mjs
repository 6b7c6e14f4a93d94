// The cutting of a page that CANONICAL_PAGE_SQL (src/storage/hash.ts) read, shared by the verifier on
// the main thread (hashCanonicalPage) and the verification threads (src/audit/verify.worker.mjs).
// Plain JavaScript on purpose: a worker thread does not inherit tsx's TypeScript loader.
//
// The page carries each entry's hashed columns as their raw bytes, back to back, with their lengths;
// the canonical text the writer hashed, `prev_hash + "\n" + {"answer":"…","created_at":"…",…}`, is
// rebuilt here from those bytes (keys in order, `null` for NULL, seq as an integer, each string
// JSON-escaped over its bytes: json-escape.mjs) in one reused byte array, and hashed from there.
import { byteEscaper, FREE, SLACK } from './json-escape.mjs';

/** The hashed columns (snake_case), in canonical (sorted) order: the order `entryHashOfValues` takes. */
export const HASHED_COLUMNS_SORTED = [
  'seq', 'id', 'created_at', 'request_id', 'requester', 'idempotency_key', 'request_hash', 'verdict',
  'licence_id', 'licence_revision', 'ruleset_revision', 'team', 'repo', 'title', 'launch_date',
  'request', 'answer', 'masked', 'prev_hash',
].sort();

/**
 * The columns a page carries the bytes of (see CANONICAL_PAGE_SQL): the hashed ones but seq (written
 * from the meta), in canonical order, then the stored entry_hash.
 */
export const PAGE_COLUMNS = [...HASHED_COLUMNS_SORTED.filter((c) => c !== 'seq'), 'entry_hash'];
const SEQ = HASHED_COLUMNS_SORTED.indexOf('seq');
const ID = PAGE_COLUMNS.indexOf('id');
const PREV = PAGE_COLUMNS.indexOf('prev_hash');
const ENTRY_HASH = PAGE_COLUMNS.indexOf('entry_hash');
/** An entry's meta: [seq, ...byte lengths of PAGE_COLUMNS], then [id, prev_hash, entry_hash] where its types are not the writer's. */
const META = 1 + PAGE_COLUMNS.length;
const META_OTHER = META + 3;

// ignoreBOM: a value that starts with U+FEFF keeps it (a decoder drops it by default).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
/** A string from UTF-8 bytes, U+FFFD for what is not well-formed (Buffer's native slice where there is one: half the cost). */
const utf8Slice = typeof globalThis.Buffer?.prototype?.utf8Slice === 'function'
  ? (u8, start, end) => globalThis.Buffer.prototype.utf8Slice.call(u8, start, end)
  : (u8, start, end) => lenient.decode(u8.subarray(start, end));
const ascii = (s) => Array.from(s, (c) => c.charCodeAt(0));

/**
 * Each column's key as it precedes its value (`{"answer":`, `,"created_at":`, …), once followed by
 * the opening quote of a string and once by `null`; laid out in the escaper's byte array from
 * `FREE`, with where each starts and ends.
 */
const KEYS = (() => {
  const bytes = [];
  const at = [];
  for (let k = 0; k < HASHED_COLUMNS_SORTED.length; k++) {
    const key = (k ? ',' : '{') + JSON.stringify(HASHED_COLUMNS_SORTED[k]) + ':';
    const str = FREE + bytes.length;
    bytes.push(...ascii(key + '"'));
    const nul = FREE + bytes.length;
    bytes.push(...ascii(key + 'null'));
    // [string start, string end, null start, null end]; seq uses the key alone (string start, end - 1).
    at.push([str, str + key.length + 1, nul, nul + key.length + 4]);
  }
  return { bytes: Uint8Array.from(bytes), at, end: FREE + bytes.length, total: bytes.length };
})();
const KEY_STR = Int32Array.from(KEYS.at.map((a) => a[0]));
const KEY_STR_END = Int32Array.from(KEYS.at.map((a) => a[1]));
const KEY_NULL = Int32Array.from(KEYS.at.map((a) => a[2]));
const KEY_NULL_END = Int32Array.from(KEYS.at.map((a) => a[3]));
/** Where a page's raw bytes are copied in the escaper's byte array. */
const IN = (KEYS.end + 15) & ~15;

/** The escaper of this thread, made on first use, with the keys written into its byte array. */
let shared = null;
/** @param {ReturnType<typeof byteEscaper>} e */
function withKeys(e) {
  if (!e.keys) {
    e.ensure(IN);
    e.u8.set(KEYS.bytes, FREE);
    e.keys = true;
  }
  return e;
}

/**
 * The entries of a page as `[seq, id, prev_hash, entry_hash, hash recomputed or null]`, or null when
 * the page cannot be read that way (its meta not well-formed UTF-8 JSON, or lengths that do not add
 * up: only a tampered row does that): then read the page row by row. An entry whose columns are not of the types the writer stores, or whose bytes
 * are not well-formed UTF-8, has null for its hash: the caller hashes it by the general path.
 *
 * Well-formedness: each value must be, not just the page's bytes as a whole (two values can each
 * hold half of a character). The whole is checked once a page; a value is then well-formed if it
 * starts on a character boundary of the whole, i.e. its first byte is not a continuation byte
 * (10xxxxxx): every value's start and end are then boundaries of the whole. Where the whole is not,
 * each entry's bytes are checked the same way.
 * @param {Uint8Array | null} metaBytes the page's JSON array of [seq, ...byte lengths of PAGE_COLUMNS (null for NULL), then id, prev_hash, entry_hash if not of the writer's types]
 * @param {Uint8Array} raw the values of PAGE_COLUMNS of each entry, back to back
 * @param {(b: Uint8Array) => boolean} isUtf8
 * @param {(b: Uint8Array) => string} sha256Hex
 * @param {ReturnType<typeof byteEscaper>} [escaper] the thread's own by default (tests pass the JavaScript one)
 */
export function cutCanonicalPage(metaBytes, raw, isUtf8, sha256Hex, escaper) {
  if (!(metaBytes instanceof Uint8Array)) return null;
  let meta;
  try {
    meta = JSON.parse(utf8.decode(metaBytes));
  } catch {
    return null;
  }
  if (!Array.isArray(meta)) return null;
  let total = 0;
  let largest = 0;
  for (const m of meta) {
    if (!Array.isArray(m) || (m.length !== META && m.length !== META_OTHER) || typeof m[0] !== 'number') return null;
    let n = 0;
    for (let k = 1; k < META; k++) {
      const len = m[k];
      if (len === null) continue;
      if (!(Number.isSafeInteger(len) && len >= 0)) return null;
      n += len;
    }
    if (m.length === META && (!Number.isSafeInteger(m[0]) || m[1 + PREV] === null || m[1 + ENTRY_HASH] === null)) return null;
    total += n;
    if (n > largest) largest = n;
  }
  if (total !== raw.byteLength) return null;

  const e = withKeys(escaper ?? (shared ??= byteEscaper()));
  // The raw bytes at IN, then the output: an entry's text is at most 7 times its bytes (prev_hash
  // twice, each byte escaped to at most 6) plus the keys.
  const out = (IN + total + SLACK + 15) & ~15;
  e.ensure(out + 7 * largest + KEYS.total + 64 + SLACK);
  const u8 = e.u8;
  u8.set(raw, IN);
  const whole = isUtf8(raw);

  const entries = new Array(meta.length);
  const at = new Int32Array(PAGE_COLUMNS.length);
  let p = IN;
  for (let i = 0; i < meta.length; i++) {
    const m = meta[i];
    const seq = m[0];
    const start = p;
    let ok = true;
    for (let k = 0; k < PAGE_COLUMNS.length; k++) {
      at[k] = p;
      const len = m[1 + k];
      if (len === null) continue;
      if (len > 0 && (u8[p] & 0xc0) === 0x80) ok = false;
      p += len;
    }
    if (m.length === META_OTHER) {
      entries[i] = [seq, String(m[META]), m[META + 1], m[META + 2], null];
      continue;
    }
    if (ok && !whole) ok = isUtf8(raw.subarray(start - IN, p - IN));
    // The id and hashes as strings (where the bytes are not well-formed, with U+FFFD for what is
    // not: such an entry goes to the general path, which finds it does not hold).
    const idLen = m[1 + ID];
    const id = idLen === null ? 'null' : utf8Slice(u8, at[ID], at[ID] + idLen);
    const prevHash = utf8Slice(u8, at[PREV], at[PREV] + m[1 + PREV]);
    const entryHash = utf8Slice(u8, at[ENTRY_HASH], at[ENTRY_HASH] + m[1 + ENTRY_HASH]);
    if (!ok) {
      entries[i] = [seq, id, prevHash, entryHash, null];
      continue;
    }
    let o = e.cp(at[PREV], at[PREV] + m[1 + PREV], out);
    u8[o++] = 0x0a;
    for (let k = 0, c = 0; k < HASHED_COLUMNS_SORTED.length; k++) {
      if (k === SEQ) {
        o = e.cp(KEY_STR[k], KEY_STR_END[k] - 1, o);
        const digits = String(seq);
        for (let j = 0; j < digits.length; j++) u8[o++] = digits.charCodeAt(j);
        continue;
      }
      const len = m[1 + c];
      const q = at[c++];
      if (len === null) {
        o = e.cp(KEY_NULL[k], KEY_NULL_END[k], o);
        continue;
      }
      o = e.cp(KEY_STR[k], KEY_STR_END[k], o);
      o = e.esc(q, q + len, o);
      u8[o++] = 0x22;
    }
    u8[o++] = 0x7d;
    entries[i] = [seq, id, prevHash, entryHash, sha256Hex(u8.subarray(out, o))];
  }
  return entries;
}
