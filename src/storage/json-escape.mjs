// JSON string escaping over UTF-8 bytes, for the verifier's page path (canonical-page.mjs): the
// canonical text of an entry is rebuilt from its columns' raw bytes instead of by SQLite's
// json_quote, which costs more than reading and hashing the entry together. Plain JavaScript on
// purpose: a worker thread does not inherit tsx's TypeScript loader.
//
// JSON.stringify escapes `"` as \", `\` as \\, the controls U+0000-U+001F as \b \t \n \f \r or
// \u00xx (lowercase hex), lone surrogates as \udxxx, and nothing else (not U+007F, not U+2028/2029).
// Every byte it escapes is ASCII, and ASCII bytes never occur inside a multi-byte UTF-8 sequence,
// so escaping the bytes of well-formed UTF-8 one by one gives exactly the UTF-8 of JSON.stringify
// (well-formed UTF-8 has no lone surrogates). The caller checks well-formedness.
//
// Two implementations of the same escaper over one byte array (`u8`), chosen once: a small
// WebAssembly function with 16-byte SIMD compares and shuffles (assembled below from its
// instructions), and a JavaScript loop over the bytes where the runtime cannot compile WebAssembly
// from bytes (Workers) or has no SIMD. On the 1M log, whose ~6 KB of JSON text an entry has a quote
// every 14 bytes, the loop costs 10-15 us an entry on this 2-CPU box (about what json_quote did),
// the WebAssembly ~1.4 us. test/storage/json-escape.test.ts holds both to JSON.stringify.

/**
 * Where the escapes live in the byte array, for each byte up to `\` (0x5c): 8 bytes each (its
 * escape, zero-padded; only those of the bytes escaped are set), then their lengths. Then, for each
 * set of `"` and `\` among 8 bytes (a byte mask), the shuffle that spreads the 8 bytes apart to
 * make room for a backslash before each (`SPREAD`, an index per output byte, 0xff where the
 * backslash goes) and the backslashes to put there (`BACKSLASHES`): 16 bytes each.
 */
const ESCAPED = 0x5d;
const TABLE = 0;
const LEN = TABLE + 8 * ESCAPED;
const SPREAD = 1024;
const BACKSLASHES = SPREAD + 16 * 256;
/** First byte the caller may use (below it: the tables). */
export const FREE = BACKSLASHES + 16 * 256;
/** Bytes the escaper may read past an input's end and write past the output it returns (one SIMD block). */
export const SLACK = 16;

const HEX = '0123456789abcdef';
const SHORT = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r', 0x22: '"', 0x5c: '\\' };
/** Whether JSON.stringify escapes a byte (as a UTF-16 code unit: only these, all ASCII). */
const escaped = (b) => b < 0x20 || b === 0x22 || b === 0x5c;
/** The escape of such a byte, as JSON.stringify writes it. */
const escapeOf = (b) => (SHORT[b] ? '\\' + SHORT[b] : '\\u00' + HEX[b >> 4] + HEX[b & 15]);

function writeTables(u8) {
  for (let b = 0; b < ESCAPED; b++) {
    if (!escaped(b)) continue;
    const s = escapeOf(b);
    for (let k = 0; k < s.length; k++) u8[TABLE + 8 * b + k] = s.charCodeAt(k);
    u8[LEN + b] = s.length;
  }
  for (let mask = 0; mask < 256; mask++) {
    const spread = u8.subarray(SPREAD + 16 * mask, SPREAD + 16 * mask + 16);
    const backslashes = u8.subarray(BACKSLASHES + 16 * mask, BACKSLASHES + 16 * mask + 16);
    spread.fill(0xff);
    backslashes.fill(0);
    for (let j = 0, k = 0; j < 8; j++) {
      if (mask & (1 << j)) backslashes[k++] = 0x5c;
      spread[k++] = j;
    }
  }
}

// ---- The WebAssembly module, assembled from its instructions -------------------------------------

const uleb = (n) => {
  const b = [];
  do {
    let x = n & 0x7f;
    n >>>= 7;
    if (n) x |= 0x80;
    b.push(x);
  } while (n);
  return b;
};
const sleb = (n) => {
  const b = [];
  for (;;) {
    const x = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(x & 0x40)) || (n === -1 && x & 0x40)) return [...b, x];
    b.push(x | 0x80);
  }
};
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const name = (s) => vec([...s].map((c) => c.charCodeAt(0)));
const I32 = 0x7f;
const V128 = 0x7b;
// The instructions used (WebAssembly core 2.0 and its fixed-width SIMD).
const block = [0x02, 0x40];
const loop = [0x03, 0x40];
const end = [0x0b];
const br = (l) => [0x0c, ...uleb(l)];
const brIf = (l) => [0x0d, ...uleb(l)];
const select = [0x1b];
const get = (i) => [0x20, ...uleb(i)];
const set = (i) => [0x21, ...uleb(i)];
const tee = (i) => [0x22, ...uleb(i)];
const i64Load = (offset) => [0x29, 0, ...uleb(offset)];
const load8u = (offset) => [0x2d, 0, ...uleb(offset)];
const i64Store = [0x37, 0, 0];
const i32 = (n) => [0x41, ...sleb(n)];
const eq = [0x46];
const ltU = [0x49];
const geU = [0x4f];
const ctz = [0x68];
const add = [0x6a];
const and = [0x71];
const eqz = [0x45];
const shrU = [0x76];
const popcnt = [0x69];
const if_ = [0x04, 0x40];
const sub = [0x6b];
const or = [0x72];
const shl = [0x74];
const vLoad = [0xfd, 0x00, 0, 0];
const vLoadAt = (offset) => [0xfd, 0x00, 0, ...uleb(offset)];
const i8x16Swizzle = [0xfd, 0x0e];
const vStore = [0xfd, 0x0b, 0, 0];
const vSplat = (b) => [0xfd, 0x0c, ...new Array(16).fill(b)];
const i8x16Eq = [0xfd, 0x23];
const i8x16LtU = [0xfd, 0x26];
const vOr = [0xfd, 0x50];
const i8x16Bitmask = [0xfd, 0x64];

// esc(i, end, o) -> o': the bytes [i, end) escaped to o; returns where the output ends.
// Block by block, 16 bytes at a time. A whole block with no control (only `"` and `\` to escape,
// or nothing: nearly every block of the log's JSON text) is written 8 bytes at a time, spread apart
// by the shuffle for its mask of `"` and `\` with a backslash put in each gap (SPREAD,
// BACKSLASHES). Any other block (a control, or the input's end within it): a mask of the bytes to
// escape with a stop bit after the block or at the input's end, whichever comes first (`lim`); then,
// for each set bit from the lowest, the bytes since the previous one are stored (16 at once: the
// excess is overwritten next) and the byte at the bit written as its escape, from the table.
// Locals: 0 i, 1 end, 2 o (parameters), 3 p, 4 b, 5 m, 6 lim, 7 prev, 8 q, 9 v.
const [pI, pEnd, pO, lP, lB, lM, lLim, lPrev, lQ, lV] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** The 8 bytes at `source` (a v128 on the stack's top) with a backslash before each `"` and `\` of `half` (a mask), stored at o; o advanced. */
const spread = (half) => [
  half, i32(4), shl, vLoadAt(SPREAD), i8x16Swizzle,
  half, i32(4), shl, vLoadAt(BACKSLASHES), vOr, vStore,
  get(pO), half, popcnt, i32(8), add, add, set(pO),
];
const escBody = [
  block, loop,
  get(pI), get(pEnd), geU, brIf(1),
  // lim = min(end - i, 16)
  get(pEnd), get(pI), sub, tee(lLim), i32(16), get(lLim), i32(16), ltU, select, set(lLim),
  // q = bitmask((v == 0x22) | (v == 0x5c)), m = bitmask(v <u 0x20)
  get(pI), vLoad, tee(lV), vSplat(0x22), i8x16Eq,
  get(lV), vSplat(0x5c), i8x16Eq, vOr, i8x16Bitmask, set(lQ),
  get(lV), vSplat(0x20), i8x16LtU, i8x16Bitmask, set(lM),
  get(lLim), i32(16), eq, get(lM), eqz, and,
  if_,
  get(pO), get(lV), ...spread([...get(lQ), ...i32(255), ...and]),
  get(pO), get(pI), vLoadAt(8), ...spread([...get(lQ), ...i32(8), ...shrU]),
  get(pI), i32(16), add, set(pI),
  br(1),
  end,
  get(lM), get(lQ), or, i32(1), get(lLim), shl, or, set(lM),
  i32(0), set(lPrev),
  block, loop,
  get(lM), ctz, set(lP),
  // the bytes [prev, p) of the block, stored 16 at a time from i + prev
  get(pO), get(pI), get(lPrev), add, vLoad, vStore,
  get(pO), get(lP), get(lPrev), sub, add, set(pO),
  get(lP), get(lLim), geU, brIf(1),
  // the byte at p: its escape from the table (8 bytes written, its length counted)
  get(pI), get(lP), add, load8u(0), set(lB),
  get(pO), get(lB), i32(3), shl, i64Load(TABLE), i64Store,
  get(pO), get(lB), load8u(LEN), add, set(pO),
  get(lP), i32(1), add, set(lPrev),
  get(lM), get(lM), i32(1), sub, and, set(lM),
  br(0),
  end, end,
  get(pI), get(lLim), add, set(pI),
  br(0),
  end, end,
  get(pO),
].flat(Infinity);

// cp(i, end, o) -> o + (end - i): the bytes [i, end) copied to o, 16 at a time.
const cpBody = [
  block, loop,
  get(pI), get(pEnd), geU, brIf(1),
  get(pO), get(pI), vLoad, vStore,
  get(pI), i32(16), add, set(pI),
  get(pO), i32(16), add, set(pO),
  br(0),
  end, end,
  get(pO), get(pEnd), add, get(pI), sub,
].flat();

const fn = (locals, body) => {
  const code = [...vec(locals), ...body, ...end];
  return [...uleb(code.length), ...code];
};

/** The module: memory `m` (exported, grown by the caller), functions `esc` and `cp`. */
export const WASM = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...vec([I32, I32, I32]), ...vec([I32])]])),
  ...section(3, vec([[0], [0]])),
  ...section(5, vec([[0x00, ...uleb(1)]])),
  ...section(7, vec([[...name('m'), 0x02, 0], [...name('esc'), 0x00, 0], [...name('cp'), 0x00, 1]])),
  ...section(10, vec([fn([[6, I32], [1, V128]], escBody), fn([], cpBody)])),
]);

// ---- The JavaScript implementation ---------------------------------------------------------------

/** Per byte: 0 to copy it, else the second byte of its escape (`u` for \u00xx). */
const ESC = new Uint8Array(256);
for (let b = 0; b < ESCAPED; b++) if (escaped(b)) ESC[b] = escapeOf(b).charCodeAt(1);
const HEX_BYTES = new Uint8Array([...HEX].map((c) => c.charCodeAt(0)));

/**
 * A byte array and the escaper over it. `u8` is replaced when `ensure` grows it (WebAssembly memory
 * grows in place, detaching the old view); `esc` and `cp` take and return offsets into it, and may
 * read `SLACK` bytes past an input's end and write `SLACK` past the output's.
 * @param {{ wasm?: boolean }} [opts] wasm: false for the JavaScript loop (tests)
 */
export function byteEscaper(opts = {}) {
  if (opts.wasm !== false) {
    try {
      const inst = new WebAssembly.Instance(new WebAssembly.Module(WASM));
      const mem = /** @type {WebAssembly.Memory} */ (inst.exports.m);
      const e = {
        wasm: true,
        u8: new Uint8Array(mem.buffer),
        esc: /** @type {(i: number, end: number, o: number) => number} */ (inst.exports.esc),
        cp: /** @type {(i: number, end: number, o: number) => number} */ (inst.exports.cp),
        /** @param {number} size */
        ensure(size) {
          if (size <= mem.buffer.byteLength) return;
          mem.grow(Math.ceil((size - mem.buffer.byteLength) / 65536));
          e.u8 = new Uint8Array(mem.buffer);
        },
      };
      writeTables(e.u8);
      return e;
    } catch {
      // No WebAssembly compiled from bytes here (Workers), or no SIMD: the JavaScript loop.
    }
  }
  const e = {
    wasm: false,
    u8: new Uint8Array(65536),
    esc(i, end, o) {
      const u8 = e.u8;
      for (; i < end; i++) {
        const b = u8[i];
        const x = ESC[b];
        if (x === 0) {
          u8[o++] = b;
          continue;
        }
        u8[o++] = 0x5c;
        u8[o++] = x;
        if (x === 0x75) {
          u8[o++] = 0x30;
          u8[o++] = 0x30;
          u8[o++] = HEX_BYTES[b >> 4];
          u8[o++] = HEX_BYTES[b & 15];
        }
      }
      return o;
    },
    cp(i, end, o) {
      e.u8.copyWithin(o, i, end);
      return o + end - i;
    },
    ensure(size) {
      if (size <= e.u8.length) return;
      const next = new Uint8Array(Math.max(size, 2 * e.u8.length));
      next.set(e.u8);
      e.u8 = next;
    },
  };
  writeTables(e.u8);
  return e;
}
