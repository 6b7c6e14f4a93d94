// The cutting of a page that CANONICAL_PAGE_SQL (src/storage/hash.ts) read, shared by the verifier on
// the main thread (hashCanonicalPage) and the verification threads (src/audit/verify.worker.mjs).
// Plain JavaScript on purpose: a worker thread does not inherit tsx's TypeScript loader.

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The entries of a page as `[seq, id, prev_hash, entry_hash, hash recomputed or null]`, or null when
 * the page cannot be read that way (its meta not well-formed UTF-8 JSON, or lengths that do not add
 * up: only a tampered row's id or hashes do that): then read the page row by row. An entry whose text
 * cannot be trusted to be the canonical one (no text, not well-formed UTF-8) has null for its hash.
 * Each text ends with the ASCII `}` the SQL appends, so each starts on a character boundary of the
 * whole: the whole being well-formed UTF-8 (one check per page) means each text is.
 * @param {Uint8Array | null} metaBytes the page's JSON array of [seq, id, prev_hash, entry_hash, text length]
 * @param {Uint8Array} texts the canonical texts back to back
 * @param {(b: Uint8Array) => boolean} isUtf8
 * @param {(b: Uint8Array) => string} sha256Hex
 */
export function cutCanonicalPage(metaBytes, texts, isUtf8, sha256Hex) {
  if (!(metaBytes instanceof Uint8Array)) return null;
  let meta;
  try {
    meta = JSON.parse(utf8.decode(metaBytes));
  } catch {
    return null;
  }
  if (!Array.isArray(meta)) return null;
  let total = 0;
  for (const m of meta) {
    if (!Array.isArray(m) || m.length !== 5 || typeof m[0] !== 'number') return null;
    const len = m[4];
    if (len !== null && !(Number.isInteger(len) && len > 0)) return null;
    if (len !== null) total += len;
  }
  if (total !== texts.byteLength) return null;
  const whole = isUtf8(texts);
  let off = 0;
  for (let i = 0; i < meta.length; i++) {
    const m = meta[i];
    const len = m[4];
    m[1] = String(m[1]);
    if (len === null) continue;
    const text = texts.subarray(off, off + len);
    off += len;
    m[4] = whole || isUtf8(text) ? sha256Hex(text) : null;
  }
  return meta;
}
