import * as nodeBuffer from 'node:buffer';
import * as nodeCrypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../engine/canonical.js';
import { cutCanonicalPage, HASHED_COLUMNS_SORTED as HASHED_COLUMNS, PAGE_COLUMNS } from './canonical-page.mjs';
import type { ByteEscaper } from './json-escape.mjs';

/**
 * Hex SHA-256 of a string's UTF-8 bytes on `node:crypto` (Node, and Workers with `nodejs_compat`):
 * the same digest as the engine's pure `sha256Hex` (@noble/hashes), about 3× faster on the log's
 * 7 KB entries. The storage, service and audit layers hash with this; the engine keeps its pure,
 * runtime-neutral one.
 */
export const sha256HexFast: (text: string) => string = typeof (nodeCrypto as { hash?: unknown }).hash === 'function'
  // The one-shot `crypto.hash` (Node >= 20.12; UTF-8 for a string): no Hash object per call, same
  // digest; 1-2 us less a call, three calls a decision (request, token, entry).
  ? (text) => (nodeCrypto as unknown as { hash(alg: string, data: string, enc: string): string }).hash('sha256', text, 'hex')
  : (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hashed columns (snake_case), in canonical (sorted) order: the order `entryHashOfValues` takes. */
export const HASHED_COLUMNS_SORTED: readonly string[] = HASHED_COLUMNS;
const KEY_PREFIX = HASHED_COLUMNS_SORTED.map((k, i) => (i ? ',' : '{') + JSON.stringify(k) + ':');
const PREV_INDEX = HASHED_COLUMNS_SORTED.indexOf('prev_hash');

/**
 * An entry's hash from its hashed values in `HASHED_COLUMNS_SORTED` order, without building an
 * object or sorting keys: byte-identical to `sha256Hex(prev_hash + "\n" + canonicalJson(fields))`
 * while every value is a string, a finite number or null (what the columns hold). Anything else
 * (a tampered export) is hashed by the general path, so the result is always the canonical one.
 * Returns null when a value is undefined (the caller falls back to the general path, which drops it).
 */
export function entryHashOfValues(values: ArrayLike<unknown>): string | null {
  let text = '';
  for (let i = 0; i < KEY_PREFIX.length; i++) {
    const v = values[i];
    let enc: string;
    if (typeof v === 'string') enc = JSON.stringify(v);
    else if (v === null) enc = 'null';
    else if (typeof v === 'number' && Number.isFinite(v)) enc = JSON.stringify(v);
    else if (v === undefined) return null;
    else enc = canonicalJson(v);
    text += KEY_PREFIX[i] + enc;
  }
  const prev = values[PREV_INDEX];
  return sha256HexFast(String(prev) + '\n' + text + '}');
}


/**
 * SQL that builds an entry's hashed text, `prev_hash + "\n" + canonical_json(fields)`, in SQLite
 * itself (as a BLOB of its UTF-8 bytes), for a fast verification that hashes those bytes without
 * decoding 7 KB of text into JavaScript and escaping it again. It is NULL when a column holds a type
 * the columns never hold (a BLOB, a REAL, a NULL prev_hash: only a tampered row does): the caller
 * then takes the general path for that entry. `json_quote` escapes exactly as `JSON.stringify`
 * does (`"`, `\`, \b \t \n \f \r, other controls as \u00xx, nothing else) for valid UTF-8; invalid
 * UTF-8 passes through it unchanged, so the caller must check the bytes (`isUtf8`) and take the
 * general path otherwise. Only for a UTF-8 database (`PRAGMA encoding`).
 */
export const CANONICAL_SQL = `CASE WHEN ${canonicalTypesSql()} THEN CAST(${canonicalConcatSql()} AS BLOB) END`;

/** The condition under which `CANONICAL_SQL` builds the text: every column of a type the writer stores. */
function canonicalTypesSql(): string {
  return HASHED_COLUMNS_SORTED.map((c) =>
    c === 'seq' ? `typeof(seq) = 'integer' AND seq BETWEEN -9007199254740991 AND 9007199254740991` : c === 'prev_hash' ? `typeof(prev_hash) = 'text'` : `typeof(${c}) IN ('text', 'null')`).join(' AND ');
}

/** `prev_hash + "\n" + canonical_json(fields)` as SQLite text (see `CANONICAL_SQL`). */
function canonicalConcatSql(): string {
  const parts = HASHED_COLUMNS_SORTED.map((c, i) => `'${(i ? ',' : '{') + JSON.stringify(c)}:', json_quote(${c})`);
  return `concat(prev_hash, char(10), ${parts.join(', ')}, '}')`;
}

/** A value `json_array` can hold (it refuses BLOBs: only a tampered row has one here). */
const jsonSafe = (c: string) => `iif(typeof(${c}) = 'blob', NULL, ${c})`;

/**
 * The condition of `CANONICAL_SQL` for the page, where it is evaluated once a row: every column of
 * `PAGE_COLUMNS` TEXT (or NULL where `CANONICAL_SQL` allows it: not prev_hash, and not entry_hash,
 * which the page reads from the bytes too) and seq a safe integer. `c >= '' AND c < X''` holds
 * exactly for TEXT (in SQLite's order NULL < numbers < TEXT < BLOB; a BLOB literal takes no
 * affinity) and costs about half of `typeof(c) IN ('text', 'null')` a column
 * (test/storage/canonical-sql.test.ts holds the two to the same answers).
 */
function pageTypesSql(): string {
  const text = (c: string) => `${c} >= '' AND ${c} < X''`;
  return [
    `typeof(seq) = 'integer' AND seq BETWEEN -9007199254740991 AND 9007199254740991`,
    ...PAGE_COLUMNS.map((c) => (c === 'prev_hash' || c === 'entry_hash' ? text(c) : `(${c} IS NULL OR ${text(c)})`)),
  ].join(' AND ');
}

/**
 * SQL (libSQL, a UTF-8 database) that reads the entries with seq in [?1, min(?2, ?1 + ?3 - 1)] (at
 * most ?3 of them, from ?1, as a LIMIT would give where the log has no gap) as two values instead
 * of one row per entry, so that only two values cross into JavaScript per page (crossing costs more
 * per value than the work):
 * - `raw`, the bytes of `PAGE_COLUMNS` (the hashed columns but seq, then entry_hash) of each entry,
 *   back to back (a BLOB; NULL for an empty page);
 * - `meta`, a JSON array (as a BLOB of its UTF-8) with, per entry in seq order, `[seq, ...lengths]`,
 *   `lengths` being the byte length of each of `PAGE_COLUMNS` in `raw` (null for NULL), or, where
 *   a column is not of a type the writer stores (only a tampered row: `CANONICAL_SQL`'s condition),
 *   `[seq, ...lengths, id, prev_hash, entry_hash]`, to be hashed by the general path.
 * `hashCanonicalPage` rebuilds each entry's canonical text from its bytes: JSON escaping in SQLite
 * (json_quote, as `CANONICAL_SQL` does) costs more than reading the entry and hashing it together.
 * One flat aggregate over the rowid range (no subquery with a LIMIT): a subquery's rows are copied
 * value by value into the outer query's registers, a copy of every byte of every entry.
 */
export const CANONICAL_PAGE_SQL = (() => {
  const lengths = PAGE_COLUMNS.map((c) => `octet_length(${c})`).join(', ');
  return `SELECT CAST(json_group_array(CASE WHEN ${pageTypesSql()} THEN json_array(seq, ${lengths}) `
    + `ELSE json_array(seq, ${lengths}, ${jsonSafe('id')}, ${jsonSafe('prev_hash')}, ${jsonSafe('entry_hash')}) END) AS BLOB) AS meta, `
    + `CAST(group_concat(concat(${PAGE_COLUMNS.join(', ')}), '') AS BLOB) AS raw `
    + `FROM decisions WHERE seq >= ?1 AND seq <= min(?2, ?1 + ?3 - 1)`;
})();

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Whether bytes are well-formed UTF-8 (node:buffer's `isUtf8` where the runtime has it). */
const isUtf8: (b: Uint8Array) => boolean = typeof (nodeBuffer as { isUtf8?: unknown }).isUtf8 === 'function'
  ? (b) => (nodeBuffer as unknown as { isUtf8(b: Uint8Array): boolean }).isUtf8(b)
  : (b) => {
    try {
      strictUtf8.decode(b);
      return true;
    } catch {
      return false;
    }
  };

/**
 * The entry hash from the bytes `CANONICAL_SQL` built, or null when they cannot be trusted to be
 * the canonical text (no value, not well-formed UTF-8): then hash the entry by the general path.
 * Well-formed UTF-8 decodes to a string without lone surrogates, whose `JSON.stringify` differs from
 * `json_quote` in nothing, so the digest equals `entryHashOfValues` of the same row.
 */
export function entryHashOfCanonicalBytes(bytes: unknown): string | null {
  if (!bytes) return null;
  const b = bytes instanceof Uint8Array ? bytes : bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : null;
  if (!b || !isUtf8(b)) return null;
  return createHash('sha256').update(b).digest('hex');
}

/** SHA-256 hex of bytes: the one-shot `crypto.hash` where the runtime has it (Node ≥ 20.12), else a Hash object. */
const sha256Bytes: (b: Uint8Array) => string = typeof (nodeCrypto as { hash?: unknown }).hash === 'function'
  ? (b) => (nodeCrypto as unknown as { hash(alg: string, data: Uint8Array, enc: string): string }).hash('sha256', b, 'hex')
  : (b) => createHash('sha256').update(b).digest('hex');

/** One entry of a page `CANONICAL_PAGE_SQL` read: its links, its stored hash and its hash recomputed (null: take the general path). */
export interface PageEntry {
  seq: number;
  id: string;
  prevHash: unknown;
  entryHash: unknown;
  computed: string | null;
}

const asBytes = (v: unknown): Uint8Array | null =>
  v instanceof Uint8Array ? v : v instanceof ArrayBuffer ? new Uint8Array(v) : null;

/**
 * The entries of a page `CANONICAL_PAGE_SQL` read, each hash recomputed from its canonical text
 * rebuilt from the raw bytes of its columns (src/storage/canonical-page.mjs), or null when the page
 * cannot be read that way (its meta not well-formed UTF-8 JSON, or lengths that do not add up: only
 * a tampered row's id or hashes do that): then read the page row by row. An entry whose text cannot
 * be trusted to be the canonical one (a column of another type, bytes not well-formed UTF-8) has
 * `computed` null.
 */
export function hashCanonicalPage(metaValue: unknown, rawValue: unknown, escaper?: ByteEscaper): PageEntry[] | null {
  const meta = cutCanonicalPage(asBytes(metaValue), asBytes(rawValue) ?? new Uint8Array(0), isUtf8, sha256Bytes, escaper);
  if (!meta) return null;
  const out: PageEntry[] = new Array(meta.length);
  for (let i = 0; i < meta.length; i++) {
    const m = meta[i]!;
    out[i] = { seq: m[0], id: m[1], prevHash: m[2], entryHash: m[3], computed: m[4] };
  }
  return out;
}
