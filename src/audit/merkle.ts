import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils';

/**
 * The log's Merkle tree, RFC 9162 §2.1: leaf = SHA-256(0x00 || entry_hash bytes), node =
 * SHA-256(0x01 || left || right), the root of n leaves split at the largest power of two below n.
 * Leaf i (0-based) is the entry with seq i + 1. Pure functions, the same on Node, Workers and in
 * the offline verifier.
 */

export type Hash = Uint8Array;

/** RFC 9162 MTH of the empty list: SHA-256 of nothing. */
export const EMPTY_ROOT: Hash = sha256(new Uint8Array(0));

/** The leaf hash of an entry, from its hex entry_hash. */
export function leafHash(entryHashHex: string): Hash {
  const buf = new Uint8Array(33);
  buf[0] = 0x00;
  buf.set(hexToBytes(entryHashHex), 1);
  return sha256(buf);
}

/** An interior node's hash. */
export function nodeHash(left: Hash, right: Hash): Hash {
  const buf = new Uint8Array(65);
  buf[0] = 0x01;
  buf.set(left, 1);
  buf.set(right, 33);
  return sha256(buf);
}

export const toHex = bytesToHex;
export const fromHex = hexToBytes;

/** The largest power of two strictly below n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over a list of leaf hashes, by the RFC's recursion (reference; O(n)). */
export function rootOf(leaves: Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT;
  const go = (a: number, b: number): Hash => {
    if (b - a === 1) return leaves[a]!;
    const k = splitPoint(b - a);
    return nodeHash(go(a, a + k), go(a + k, b));
  };
  return go(0, leaves.length);
}

/** A range of leaves [start, end) whose MTH is one element of an audit path. */
export interface LeafRange {
  start: number;
  end: number;
}

/**
 * The ranges whose MTHs make the audit path of leaf m in a tree of n leaves (RFC 9162 §2.1.3.1),
 * in path order (the leaf's sibling first).
 */
export function inclusionRanges(m: number, n: number): LeafRange[] {
  if (!(Number.isInteger(m) && Number.isInteger(n) && m >= 0 && m < n)) throw new RangeError(`no leaf ${m} in a tree of ${n}`);
  const out: LeafRange[] = [];
  let a = 0;
  let b = n;
  // Walk down from the root, then reverse: the path lists the deepest sibling first.
  while (b - a > 1) {
    const k = splitPoint(b - a);
    if (m < a + k) {
      out.push({ start: a + k, end: b });
      b = a + k;
    } else {
      out.push({ start: a, end: a + k });
      a = a + k;
    }
  }
  return out.reverse();
}

/**
 * A range of the RFC's recursion, split into complete aligned subtrees (largest first): the MTH of
 * the range is these folded from the right. Every range `inclusionRanges` and `rootOf` produce
 * starts at a multiple of its own size rounded up to a power of two, so the pieces are aligned.
 */
export function completeSubtrees(start: number, end: number): { level: number; index: number }[] {
  const out: { level: number; index: number }[] = [];
  let a = start;
  while (a < end) {
    let level = 0;
    while ((a % 2 ** (level + 1)) === 0 && a + 2 ** (level + 1) <= end) level++;
    out.push({ level, index: a / 2 ** level });
    a += 2 ** level;
  }
  return out;
}

/** Folds the complete-subtree hashes of a range (largest first) into the range's MTH. */
export function foldSubtrees(hashes: Hash[]): Hash {
  if (!hashes.length) return EMPTY_ROOT;
  let r = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) r = nodeHash(hashes[i]!, r);
  return r;
}

/**
 * Verifies an audit path (RFC 9162 §2.1.3.2): does the leaf at `index` in a tree of `size` leaves,
 * with this path, lead to `root`? Pure; works on hex or bytes.
 */
export function verifyInclusion(index: number, size: number, leaf: Hash | string, path: (Hash | string)[], root: Hash | string): boolean {
  if (!(Number.isInteger(index) && Number.isInteger(size)) || index < 0 || index >= size) return false;
  const bytes = (h: Hash | string) => (typeof h === 'string' ? (/^[0-9a-f]{64}$/i.test(h) ? hexToBytes(h) : null) : h.length === 32 ? h : null);
  let r = bytes(leaf);
  const want = bytes(root);
  if (!r || !want) return false;
  let fn = index;
  let sn = size - 1;
  for (const raw of path) {
    const p = bytes(raw);
    if (!p) return false;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, want);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}

/**
 * The tree's right edge, grown one leaf at a time: the root of every prefix in O(log n) memory,
 * for streaming verification of a whole log (service and offline verifier alike).
 */
export class Frontier {
  /** Complete subtree hashes, largest (leftmost) first; sizes are the set bits of `size`. */
  private stack: { level: number; hash: Hash }[] = [];
  size = 0;

  push(leaf: Hash): void {
    this.pushSubtree(0, leaf);
  }

  /**
   * Appends a complete subtree of 2^level leaves given by its hash (a verification thread hashed
   * it): the tree's size must be a multiple of 2^level, so the subtree is aligned as in the RFC's tree.
   */
  pushSubtree(level: number, hash: Hash): void {
    if (this.size % 2 ** level !== 0) throw new RangeError(`a subtree of 2^${level} leaves cannot follow ${this.size} leaves`);
    let node = { level, hash };
    while (this.stack.length && this.stack[this.stack.length - 1]!.level === node.level) {
      const left = this.stack.pop()!;
      node = { level: node.level + 1, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.size += 2 ** level;
  }

  /** A copy, to grow without changing this one. */
  clone(): Frontier {
    const f = new Frontier();
    f.stack = [...this.stack];
    f.size = this.size;
    return f;
  }

  /** The MTH of the leaves pushed so far. */
  root(): Hash {
    return foldSubtrees(this.stack.map((s) => s.hash));
  }
}
