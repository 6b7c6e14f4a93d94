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

/** The Node request under a lightweight @hono/node-server Request: only what the fast path uses. */
interface NodeIncoming {
  readonly readableDidRead: boolean;
  readonly readableFlowing: boolean | null;
  readonly readableEnded: boolean;
  /** Set once the body is read: @hono/node-server builds the web Request's body from it if one is ever asked for. */
  rawBody?: Uint8Array;
  on(event: string, f: (...a: never[]) => void): unknown;
  off(event: string, f: (...a: never[]) => void): unknown;
  pause(): unknown;
}

/**
 * The Node `IncomingMessage` behind this request when the app runs under @hono/node-server
 * (which hands it over as `c.env.incoming`) and no one has started reading its body: then the
 * body can be read straight from it, without building a web `Request`, its `ReadableStream` and
 * `AbortSignal` (most of what a JSON body cost per request). Null elsewhere (Workers, tests
 * calling `app.request`) and once the body is being read through the web `Request`.
 */
export function unreadIncoming(c: Context): NodeIncoming | null {
  const inc = (c.env as { incoming?: Partial<NodeIncoming> } | undefined)?.incoming;
  if (!inc || typeof inc !== 'object' || typeof inc.on !== 'function' || typeof inc.pause !== 'function') return null;
  if (inc.readableDidRead !== false || inc.readableFlowing !== null || inc.readableEnded !== false || inc.rawBody) return null;
  return inc as NodeIncoming;
}

/** Whether the request carries a body, without materialising @hono/node-server's web `Request` to ask. */
export function hasBody(c: Context): boolean {
  const m = c.req.method;
  // @hono/node-server gives every request but GET, HEAD (and TRACE, sent on as GET) a body stream.
  if (unreadIncoming(c)) return m !== 'GET' && m !== 'HEAD' && m !== 'TRACE';
  return !!c.req.raw.body;
}

/**
 * Reads the body from the Node request, at most `max` bytes (null past that: the rest is left
 * unread, and the server drains it after the answer). A class rather than closures: under tsx
 * every named closure costs an Object.defineProperty (its keepNames), and this runs per request.
 */
class IncomingReader {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private resolve!: (bytes: Uint8Array | null) => void;
  private reject!: (e: unknown) => void;
  readonly result: Promise<Uint8Array | null>;

  constructor(private readonly inc: NodeIncoming, private readonly max: number) {
    this.onData = this.onData.bind(this);
    this.onEnd = this.onEnd.bind(this);
    this.onError = this.onError.bind(this);
    this.onClose = this.onClose.bind(this);
    this.result = new Promise((res, rej) => {
      this.resolve = res;
      this.reject = rej;
    });
    inc.on('data', this.onData);
    inc.on('end', this.onEnd);
    inc.on('error', this.onError);
    inc.on('close', this.onClose);
  }

  private stop(): void {
    this.inc.off('data', this.onData);
    this.inc.off('end', this.onEnd);
    this.inc.off('error', this.onError);
    this.inc.off('close', this.onClose);
  }

  private onData(chunk: Uint8Array): void {
    this.size += chunk.byteLength;
    if (this.size > this.max) {
      this.stop();
      this.inc.pause();
      this.resolve(null);
      return;
    }
    this.chunks.push(chunk);
  }

  private onEnd(): void {
    this.stop();
    this.resolve(concat(this.chunks, this.size));
  }

  private onError(e: unknown): void {
    this.stop();
    this.reject(e);
  }

  /** A connection closed before the end of the body. */
  private onClose(): void {
    this.stop();
    this.reject(new Error('the client closed the connection before the end of the body'));
  }
}

/** The body from the web Request's stream, at most `max` bytes (null past that: the stream is cancelled). */
async function readStream(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) {
    bytes.set(ch, at);
    at += ch.byteLength;
  }
  return bytes;
}

function tooLarge(c: Context, max: number): Response {
  return problem(c, 413, `The body is larger than ${max} bytes.`, [{ field: '(body)', message: `must be at most ${max} bytes` }], { Connection: 'close' });
}

/** One decoder for every request: `decode` without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
 * The checked bytes are handed on, so the validators parse exactly what was checked: the checked
 * text is put in Hono's body cache (what `c.req.json()` parses), and the Request's body becomes
 * those bytes (on Node, the IncomingMessage's `rawBody`, which @hono/node-server reads first).
 */
export function strictJsonBody(opts: BodyGuardOptions): MiddlewareHandler<AppEnv> {
  const maxDepth = opts.maxDepth ?? 32;
  return async function strictJsonBodyMiddleware(c, next) {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return next();
    const inc = unreadIncoming(c);
    const raw = c.req.raw;
    if (!inc && !raw.body) return next();
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) return next();
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      return problem(c, 415, 'Send JSON as UTF-8.', [{ field: 'Content-Type', message: `charset ${charset.slice(0, 40)} is not utf-8` }]);
    }
    const max = opts.maxBytes(c);
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > max) return tooLarge(c, max);

    const bytes = inc ? await new IncomingReader(inc, max).result : await readStream(raw.body!, max);
    if (!bytes) return tooLarge(c, max);
    let text: string;
    try {
      text = UTF8.decode(bytes);
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
    if (inc) inc.rawBody = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    else c.req.raw = new Request(raw, { body: bytes as Uint8Array<ArrayBuffer> });
    // What the validators read (`c.req.json()` parses the cached text): exactly the checked bytes.
    // (a copy when the bytes are a view: Node's chunks are slices of a shared pool)
    const exact = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : new Uint8Array(bytes).buffer;
    // (Hono's cache holds promises, whatever its type says: `json()` calls `.then` on what it finds.)
    const cache = c.req.bodyCache as unknown as { text?: Promise<string>; arrayBuffer?: Promise<ArrayBuffer> };
    cache.text = Promise.resolve(text);
    cache.arrayBuffer = Promise.resolve(exact as ArrayBuffer);
    await next();
  };
}
