import * as nodeBuffer from 'node:buffer';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../engine/canonical.js';

/**
 * Hex SHA-256 of a string's UTF-8 bytes on `node:crypto` (Node, and Workers with `nodejs_compat`):
 * the same digest as the engine's pure `sha256Hex` (@noble/hashes), about 3× faster on the log's
 * 7 KB entries. The storage, service and audit layers hash with this; the engine keeps its pure,
 * runtime-neutral one.
 */
export function sha256HexFast(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hashed columns (snake_case), in canonical (sorted) order: the order `entryHashOfValues` takes. */
export const HASHED_COLUMNS_SORTED = [
  'seq', 'id', 'created_at', 'request_id', 'requester', 'idempotency_key', 'request_hash', 'verdict',
  'licence_id', 'licence_revision', 'ruleset_revision', 'team', 'repo', 'title', 'launch_date',
  'request', 'answer', 'masked', 'prev_hash',
].sort();
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
export const CANONICAL_SQL = (() => {
  const types = HASHED_COLUMNS_SORTED.map((c) =>
    c === 'seq' ? `typeof(seq) = 'integer' AND seq BETWEEN -9007199254740991 AND 9007199254740991` : c === 'prev_hash' ? `typeof(prev_hash) = 'text'` : `typeof(${c}) IN ('text', 'null')`);
  const parts = HASHED_COLUMNS_SORTED.map((c, i) => `'${(i ? ',' : '{') + JSON.stringify(c)}:', json_quote(${c})`);
  return `CASE WHEN ${types.join(' AND ')} THEN CAST(concat(prev_hash, char(10), ${parts.join(', ')}, '}') AS BLOB) END`;
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
