/** See merkle-sha256.mjs: the Merkle tree's leaf and node hashes on 8 big-endian 32-bit words. */
export function leafWords(entryHash: Int32Array): Int32Array;
export function nodeWords(left: Int32Array, right: Int32Array): Int32Array;
export function hexWords(hex: string): Int32Array;
export function wordsHex(words: Int32Array): string;
