/** See canonical-page.mjs. */
export const HASHED_COLUMNS_SORTED: readonly string[];
export const PAGE_COLUMNS: readonly string[];
/** See canonical-page.mjs: a page CANONICAL_PAGE_SQL read, cut into [seq, id, prev_hash, entry_hash, hash recomputed or null]. */
export function cutCanonicalPage(
  metaBytes: Uint8Array | null,
  raw: Uint8Array,
  isUtf8: (b: Uint8Array) => boolean,
  sha256Hex: (b: Uint8Array) => string,
  escaper?: ByteEscaper,
): [number, string, unknown, unknown, string | null][] | null;
import type { ByteEscaper } from './json-escape.mjs';
