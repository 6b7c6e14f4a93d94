import type { MiddlewareHandler } from 'hono';
import { newId } from '../../service/ids.js';
import type { AppEnv } from '../env.js';

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id: the client's `X-Request-Id` when it is well-formed, else a new one.
 * The id is answered in `X-Request-Id`, put in every problem body and every log entry.
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async function requestIdMiddleware(c, next) {
    const given = c.req.header('x-request-id');
    const id = given && CLIENT_ID.test(given) ? given : newId('req');
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}
