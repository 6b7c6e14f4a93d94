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

