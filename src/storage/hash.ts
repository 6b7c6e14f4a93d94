import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of a string's UTF-8 bytes on `node:crypto` (Node, and Workers with `nodejs_compat`):
 * the same digest as the engine's pure `sha256Hex` (@noble/hashes), about 3× faster on the log's
 * 7 KB entries. The storage, service and audit layers hash with this; the engine keeps its pure,
 * runtime-neutral one.
 */
export function sha256HexFast(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
