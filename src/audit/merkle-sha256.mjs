// SHA-256 of the Merkle tree's two fixed-size inputs (RFC 9162, see merkle.ts): a leaf,
// sha256(0x00 ‖ entry hash), one block; a node, sha256(0x01 ‖ left ‖ right), two blocks. Plain
// JavaScript on 32-bit words for the verification threads (verify.worker.mjs), which hash two of
// these per entry: node:crypto's per-call cost (a context, buffers, a digest object) is several
// times the work for 33 and 65 bytes. Hashes are 8 big-endian words (Int32Array). Tested against
// node:crypto and merkle.ts (test/audit/merkle-sha256.test.ts).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const W = new Int32Array(64);
function compress(H) {
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15], b = W[i - 2];
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
  H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
}
/** Leaf hash of an entry hash given as 8 big-endian words: sha256(0x00 ‖ h). */
export function leafWords(h) {
  W[0] = h[0] >>> 8;
  for (let i = 1; i < 8; i++) W[i] = (h[i - 1] << 24) | (h[i] >>> 8);
  W[8] = (h[7] << 24) | 0x800000;
  for (let i = 9; i < 15; i++) W[i] = 0;
  W[15] = 33 * 8;
  const H = IV.slice();
  compress(H);
  return H;
}
/** Node hash: sha256(0x01 ‖ l ‖ r), words. */
export function nodeWords(l, r) {
  W[0] = 0x01000000 | (l[0] >>> 8);
  for (let i = 1; i < 8; i++) W[i] = (l[i - 1] << 24) | (l[i] >>> 8);
  W[8] = (l[7] << 24) | (r[0] >>> 8);
  for (let i = 9; i < 16; i++) W[i] = (r[i - 9] << 24) | (r[i - 8] >>> 8);
  const H = IV.slice();
  compress(H);
  W[0] = (r[7] << 24) | 0x800000;
  for (let i = 1; i < 15; i++) W[i] = 0;
  W[15] = 65 * 8;
  compress(H);
  return H;
}
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) HEX[97 + i] = HEX[65 + i] = 10 + i;
/**
 * 64 hex digits → 8 words (the caller passes a well-formed hash: one the entry's contents hashed
 * to). By character codes, not eight slices and parseInt: once per entry on the verification threads.
 */
export function hexWords(hex) {
  const out = new Int32Array(8);
  for (let i = 0, k = 0; i < 8; i++) {
    let v = 0;
    for (let j = 0; j < 8; j++, k++) v = (v << 4) | HEX[hex.charCodeAt(k) & 127];
    out[i] = v;
  }
  return out;
}
/** 8 words → 64 hex digits. */
export function wordsHex(w) {
  let s = '';
  for (let i = 0; i < 8; i++) s += (w[i] >>> 0).toString(16).padStart(8, '0');
  return s;
}
