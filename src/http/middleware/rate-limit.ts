import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

/** The Workers rate-limit binding's shape (`[[ratelimits]]` / `[[unsafe.bindings]] type = "ratelimit"`). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Options of `rateLimit`. */
export interface RateLimitOptions {
  /** Requests a minute per key; 0 turns the in-process limiter off. Read per request (Workers build config lazily). */
  perMinute: (c: Context<AppEnv>) => number;
  /** The bucket a request counts against; undefined lets the request through uncounted. Default: the authenticated key. */
  key?: (c: Context<AppEnv>) => string | undefined;
  /** A Workers rate-limit binding, when one is configured: it is used instead of the in-process buckets. */
  binding?: (c: Context<AppEnv>) => RateLimitBinding | undefined;
  /** Retry-After when the binding refuses (it does not say when its window ends). Default 60 s, its longest period. */
  bindingRetryAfterSeconds?: number;
  /** Milliseconds clock; tests give their own. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The binding named RATE_LIMITER in a Worker's env, if the request came through a Worker that has one. */
export function workersBinding(c: Context<AppEnv>): RateLimitBinding | undefined {
  const env = c.env as { RATE_LIMITER?: unknown } | undefined;
  const b = env && typeof env === 'object' ? env.RATE_LIMITER : undefined;
  return b && typeof (b as RateLimitBinding).limit === 'function' ? (b as RateLimitBinding) : undefined;
}

const MAX_BUCKETS = 50_000;

/**
 * A per-key rate limiter. On Node (and on Workers without a binding) it is a token bucket per key in
 * this process or isolate: `perMinute` tokens, refilled continuously, so a key may burst up to a
 * minute's allowance and then goes at the steady rate. A refused request gets 429 problem+json with
 * Retry-After (whole seconds until one token is back). With a Workers rate-limit binding the
 * binding decides, shared across isolates in a location.
 */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, Bucket>();
  const now = opts.now ?? Date.now;
  const keyOf = opts.key ?? ((c: Context<AppEnv>) => c.get('principal')?.keyId);

  const refused = (c: Context<AppEnv>, retryAfter: number, limit: number | null) =>
    problem(c, 429, `Too many requests for this API key${limit ? ` (limit ${limit} a minute)` : ''}; retry after ${retryAfter} s.`, undefined, {
      'Retry-After': String(retryAfter),
      ...(limit ? { 'RateLimit-Limit': String(limit) } : {}),
    });

  return async function rateLimitMiddleware(c, next) {
    const key = keyOf(c);
    if (key === undefined) return next();
    const binding = opts.binding?.(c);
    if (binding) {
      let success = true;
      try {
        ({ success } = await binding.limit({ key }));
      } catch (e) {
        // The limiter is a guard, not a dependency: if it cannot answer, serve rather than fail.
        console.error(JSON.stringify({ level: 'warn', msg: 'rate-limit binding failed; request let through', error: String(e) }));
      }
      if (!success) return refused(c, opts.bindingRetryAfterSeconds ?? 60, null);
      return next();
    }
    const perMinute = opts.perMinute(c);
    if (!perMinute) return next();
    const t = now();
    const rate = perMinute / 60_000; // tokens per millisecond
    let b = buckets.get(key);
    if (!b) {
      if (buckets.size >= MAX_BUCKETS) {
        // Full buckets carry no state: drop them; if none is full, drop the oldest.
        for (const [k, v] of buckets) if (v.tokens + (t - v.at) * rate >= perMinute) buckets.delete(k);
        if (buckets.size >= MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
      }
      b = { tokens: perMinute, at: t };
      buckets.set(key, b);
    } else {
      b.tokens = Math.min(perMinute, b.tokens + Math.max(0, t - b.at) * rate);
      b.at = t;
    }
    if (b.tokens < 1) {
      return refused(c, Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)), perMinute);
    }
    b.tokens -= 1;
    c.header('RateLimit-Limit', String(perMinute));
    c.header('RateLimit-Remaining', String(Math.floor(b.tokens)));
    return next();
  };
}
