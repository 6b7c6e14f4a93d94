/** See json-escape.mjs. */
export const FREE: number;
export const SLACK: number;
export const WASM: Uint8Array;
export interface ByteEscaper {
  /** Whether this is the WebAssembly escaper (else the JavaScript loop). */
  wasm: boolean;
  u8: Uint8Array;
  esc(i: number, end: number, o: number): number;
  cp(i: number, end: number, o: number): number;
  ensure(size: number): void;
}
export function byteEscaper(opts?: { wasm?: boolean }): ByteEscaper;
