import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

const JSON_TYPE = /^application\/(?:[a-z.+-]*\+)?json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** Deepest nesting of arrays and objects in a JSON text (strings skipped), stopping past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

/** Options of `strictJsonBody`. */
export interface BodyGuardOptions {
  /** The largest body accepted, in bytes (MAX_BODY_BYTES). */
  maxBytes: (c: Context<AppEnv>) => number;
  /** The deepest nesting accepted; the API's bodies are 3 deep. Default 32. */
  maxDepth?: number;
}

/**
 * Guards JSON bodies before any handler sees them: at most `maxBytes` bytes are read whatever the
 * Content-Length says (or when there is none: a streamed body), then 413 and the rest is never read;
 * the bytes must be well-formed UTF-8 (a replacement character would otherwise be logged in place
 * of what the client sent) and well-formed JSON no deeper than `maxDepth`, else 400 naming `(body)`.
 * The checked bytes are handed on, so the validators parse exactly what was checked.
 */
export function strictJsonBody(opts: BodyGuardOptions): MiddlewareHandler<AppEnv> {
  const maxDepth = opts.maxDepth ?? 32;
  return async function strictJsonBodyMiddleware(c, next) {
    const raw = c.req.raw;
    if (!raw.body || !['POST', 'PUT', 'PATCH'].includes(c.req.method)) return next();
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) return next();
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      return problem(c, 415, 'Send JSON as UTF-8.', [{ field: 'Content-Type', message: `charset ${charset.slice(0, 40)} is not utf-8` }]);
    }
    const max = opts.maxBytes(c);
    const tooLarge = () =>
      problem(c, 413, `The body is larger than ${max} bytes.`, [{ field: '(body)', message: `must be at most ${max} bytes` }], { Connection: 'close' });
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > max) return tooLarge();

    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        void reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const ch of chunks) {
      bytes.set(ch, at);
      at += ch.byteLength;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return problem(c, 400, 'The body is not valid UTF-8.', [{ field: '(body)', message: 'is not valid UTF-8' }]);
    }
    if (jsonDepth(text, maxDepth) > maxDepth) {
      return problem(c, 400, `The body nests deeper than ${maxDepth} levels.`, [{ field: '(body)', message: `nests deeper than ${maxDepth} levels` }]);
    }
    try {
      JSON.parse(text);
    } catch {
      return problem(c, 400, 'The body is not valid JSON.', [{ field: '(body)', message: 'is not valid JSON' }]);
    }
    c.req.raw = new Request(raw, { body: bytes });
    await next();
  };
}
