import { describe, expect, test } from 'vitest';
import { byteEscaper, FREE, SLACK } from '../../src/storage/json-escape.mjs';

/**
 * The byte escaper the verifier's page path rebuilds canonical texts with (WebAssembly where the
 * runtime compiles it, else a JavaScript loop) must write exactly the UTF-8 of JSON.stringify's
 * escaping for every well-formed string, at every alignment and length around its 16-byte blocks.
 */
const enc = new TextEncoder();
/** What JSON.stringify writes for a string, without the quotes, as UTF-8. */
const expected = (s: string) => enc.encode(JSON.stringify(s).slice(1, -1));

/** Every character class JSON escaping treats differently, and some it must leave alone. */
const ALPHABET = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), '"', '\\', '/', "'", '\u007f', '\u0080', '\u00a0',
  '\u2028', '\u2029', '\ufeff', '\uffff', '中', '「', '😀', '👩‍💻', 'a', 'Z', '0', ' ', '{', '}', ':', ',', 'u', 'x'.repeat(17), '"'.repeat(16),
];

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each([['WebAssembly', true], ['JavaScript', false]] as const)('the %s escaper', (_name, wasm) => {
  const e = byteEscaper({ wasm });
  const IN = FREE + 19;

  test('is the one asked for (Node compiles the WebAssembly module)', () => {
    expect(e.wasm).toBe(wasm);
  });

  /** Escapes `s` placed at `IN + shift` into `out`, checking the input is left as it was. */
  function escape(s: string, shift: number, out: number): Uint8Array {
    const b = enc.encode(s);
    e.ensure(out + 6 * b.length + 64 + SLACK);
    const at = IN + shift;
    expect(out).toBeGreaterThan(at + b.length + SLACK);
    // Bytes around the input that must not leak into the output.
    e.u8.fill(0x22, at - 16, at);
    e.u8.set(b, at);
    e.u8.fill(0x5c, at + b.length, at + b.length + SLACK);
    const end = e.esc(at, at + b.length, out);
    expect(Array.from(e.u8.subarray(at, at + b.length))).toEqual(Array.from(b));
    return e.u8.slice(out, end);
  }

  test('each byte JSON.stringify escapes, and each it does not, alone and in every position of a block', () => {
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, 'a'.repeat(15) + ch, ch + 'b'.repeat(16), 'x'.repeat(c % 17) + ch + ch + 'y'.repeat(31 - (c % 17))]) {
        expect(escape(s, c % 16, IN + 4096 + (c % 7))).toEqual(expected(s));
      }
    }
  });

  test('empty input writes nothing', () => {
    expect(escape('', 0, IN + 4096)).toEqual(new Uint8Array(0));
    expect(e.esc(IN, IN, IN + 5000)).toBe(IN + 5000);
  });

  test('2,000 random strings of every character class, lengths 0-300, at every alignment', () => {
    const r = random(20261130);
    for (let n = 0; n < 2000; n++) {
      const len = Math.floor(r() * 300);
      let s = '';
      while (s.length < len) s += ALPHABET[Math.floor(r() * ALPHABET.length)]!;
      const got = escape(s, n % 16, IN + 8192 + (n % 13));
      const want = expected(s);
      if (got.length !== want.length || got.some((b, i) => b !== want[i])) {
        expect({ n, s: JSON.stringify(s), got: Buffer.from(got).toString() }).toEqual({ n, s: JSON.stringify(s), got: Buffer.from(want).toString() });
      }
    }
  });

  test('a long input (grows the byte array) with escapes far apart and close together', () => {
    const s = ('中文'.repeat(3000) + '"\\\n\u0000' + 'q'.repeat(5001) + '\u001f"').repeat(3);
    const got = escape(s, 5, 1 << 18);
    expect(Buffer.from(got).equals(Buffer.from(expected(s)))).toBe(true);
  });

  test('cp copies bytes as they are', () => {
    const b = enc.encode('{"answer":"\u0000"\\ 中 😀 ' + 'z'.repeat(40));
    e.u8.set(b, IN);
    const end = e.cp(IN, IN + b.length, IN + 4099);
    expect(end).toBe(IN + 4099 + b.length);
    expect(Array.from(e.u8.subarray(IN + 4099, end))).toEqual(Array.from(b));
  });
});
