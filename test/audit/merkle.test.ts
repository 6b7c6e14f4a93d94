import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { Frontier, inclusionRanges, leafHash, rootOf, toHex, verifyInclusion, completeSubtrees, foldSubtrees } from '../../src/audit/merkle.js';

/** Naive RFC 9162 reference, written independently with node:crypto. */
const H = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
function refLeaf(entryHex: string) {
  return H(Buffer.from([0]), Buffer.from(entryHex, 'hex'));
}
function refMth(d: Buffer[]): Buffer {
  if (d.length === 0) return H();
  if (d.length === 1) return d[0]!;
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return H(Buffer.from([1]), refMth(d.slice(0, k)), refMth(d.slice(k)));
}
function refPath(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return m < k ? [...refPath(m, d.slice(0, k)), refMth(d.slice(k))] : [...refPath(m - k, d.slice(k)), refMth(d.slice(0, k))];
}
const entryHex = (i: number) => createHash('sha256').update('entry ' + i).digest('hex');

describe('Merkle tree (RFC 9162)', () => {
  const leavesHex = Array.from({ length: 140 }, (_, i) => entryHex(i));
  const refLeaves = leavesHex.map(refLeaf);
  const ours = leavesHex.map(leafHash);

  test('leaf hashes match the reference', () => {
    expect(toHex(ours[5]!)).toBe(refLeaves[5]!.toString('hex'));
  });

  test('roots, frontier roots and range decompositions match the reference for every size 0..140', () => {
    const f = new Frontier();
    expect(toHex(rootOf([]))).toBe(refMth([]).toString('hex'));
    for (let n = 1; n <= 140; n++) {
      f.push(ours[n - 1]!);
      const want = refMth(refLeaves.slice(0, n)).toString('hex');
      expect(toHex(rootOf(ours.slice(0, n)))).toBe(want);
      expect(toHex(f.root())).toBe(want);
      const pieces = completeSubtrees(0, n).map((p) => rootOf(ours.slice(p.index * 2 ** p.level, (p.index + 1) * 2 ** p.level)));
      expect(toHex(foldSubtrees(pieces))).toBe(want);
    }
  });

  test('audit paths equal the reference and verify, for every (size, index) up to 70 and sampled pairs up to 140', () => {
    let checked = 0;
    for (let n = 1; n <= 140; n++) {
      const root = refMth(refLeaves.slice(0, n));
      for (let m = 0; m < n; m += n <= 70 ? 1 : 7) {
        const path = inclusionRanges(m, n).map((r) => rootOf(ours.slice(r.start, r.end)));
        expect(path.map(toHex)).toEqual(refPath(m, refLeaves.slice(0, n)).map((b) => b.toString('hex')));
        expect(verifyInclusion(m, n, ours[m]!, path, root)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  test('the verifier refuses a wrong leaf, index, size, root, or a path one element short or long', () => {
    const n = 77;
    const root = refMth(refLeaves.slice(0, n));
    for (const m of [0, 1, 38, 63, 64, 76]) {
      const path = inclusionRanges(m, n).map((r) => rootOf(ours.slice(r.start, r.end)));
      expect(verifyInclusion(m, n, ours[m]!, path, root)).toBe(true);
      expect(verifyInclusion(m, n, ours[(m + 1) % n]!, path, root)).toBe(false);
      expect(verifyInclusion((m + 1) % n, n, ours[m]!, path, root)).toBe(false);
      expect(verifyInclusion(m, m, ours[m]!, path, root)).toBe(false);
      expect(verifyInclusion(m, n, ours[m]!, path, refMth(refLeaves.slice(0, n - 1)))).toBe(false);
      expect(verifyInclusion(m, n, ours[m]!, path.slice(1), root)).toBe(false);
      expect(verifyInclusion(m, n, ours[m]!, [...path, ours[0]!], root)).toBe(false);
      expect(verifyInclusion(m, n, toHex(ours[m]!), path.map(toHex), root.toString('hex'))).toBe(true);
    }
    expect(verifyInclusion(5, 5, ours[0]!, [], ours[0]!)).toBe(false);
    expect(verifyInclusion(0, 1, ours[0]!, [], ours[0]!)).toBe(true);
  });

  test('sizes and indices on powers of two and far beyond (ranges only)', () => {
    for (const [m, n] of [[0, 2 ** 20], [2 ** 20 - 1, 2 ** 20], [999_999, 1_000_000], [524_288, 1_000_000], [123_456, 1_000_001]] as const) {
      const ranges = inclusionRanges(m, n);
      expect(ranges.length).toBeLessThanOrEqual(21);
      // The ranges tile [0, n) minus the leaf itself.
      const covered = ranges.reduce((s, r) => s + (r.end - r.start), 0);
      expect(covered).toBe(n - 1);
      expect(ranges.every((r) => m < r.start || m >= r.end)).toBe(true);
    }
  });
});
