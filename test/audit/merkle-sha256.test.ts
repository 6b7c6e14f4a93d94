import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hexWords, leafWords, nodeWords, wordsHex } from '../../src/audit/merkle-sha256.mjs';
import { leafHash, nodeHash, toHex } from '../../src/audit/merkle.js';

/** The verification threads' own SHA-256 of Merkle leaves and nodes must be node:crypto's and merkle.ts's, bit for bit. */
describe('merkle-sha256.mjs (the threads\' leaf and node hashes)', () => {
  const sha = (...parts: Buffer[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');
  const samples = [
    '0'.repeat(64), 'f'.repeat(64), '8'.repeat(64), '7f'.repeat(32), '80'.repeat(32), '0123456789abcdef'.repeat(4),
    ...Array.from({ length: 2000 }, () => randomBytes(32).toString('hex')),
  ];

  test('hex ↔ words round-trips', () => {
    for (const h of samples) expect(wordsHex(hexWords(h))).toBe(h);
  });

  test('leaf = sha256(0x00 ‖ entry hash), as node:crypto and merkle.ts compute it', () => {
    for (const h of samples) {
      const got = wordsHex(leafWords(hexWords(h)));
      expect(got).toBe(sha(Buffer.from([0]), Buffer.from(h, 'hex')));
      expect(got).toBe(toHex(leafHash(h)));
    }
  });

  test('node = sha256(0x01 ‖ left ‖ right), as node:crypto and merkle.ts compute it', () => {
    for (let i = 0; i < samples.length; i++) {
      const l = samples[i]!;
      const r = samples[(i * 7 + 3) % samples.length]!;
      const got = wordsHex(nodeWords(hexWords(l), hexWords(r)));
      expect(got).toBe(sha(Buffer.from([1]), Buffer.from(l, 'hex'), Buffer.from(r, 'hex')));
      expect(got).toBe(toHex(nodeHash(Buffer.from(l, 'hex'), Buffer.from(r, 'hex'))));
    }
  });

  test('the inputs are not changed, and a result is a new array', () => {
    const l = hexWords(samples[10]!);
    const r = hexWords(samples[11]!);
    const before = [wordsHex(l), wordsHex(r)];
    const a = nodeWords(l, r);
    const b = nodeWords(l, r);
    expect([wordsHex(l), wordsHex(r)]).toEqual(before);
    expect(a).not.toBe(b);
    expect(wordsHex(a)).toBe(wordsHex(b));
  });
});
