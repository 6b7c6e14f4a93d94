import { Hono } from 'hono';
import type { Context } from 'hono';
import type { ConsoleAsset, ConsoleFiles } from '../../console/assets.js';
import { CONSOLE_CSP } from '../../console/csp.js';
import { CONSOLE_PATHS, ConsolePage } from '../../console/page.js';
import type { AppEnv } from '../env.js';

/** Headers of every console answer: its own strict CSP (the app's secure headers add the rest). */
function consoleHeaders(c: Context<AppEnv>, type: string, etag?: string) {
  c.header('Content-Type', type);
  c.header('Content-Security-Policy', CONSOLE_CSP);
  c.header('Cache-Control', 'no-cache');
  if (etag) c.header('ETag', etag);
}

function serveAsset(c: Context<AppEnv>, a: ConsoleAsset) {
  consoleHeaders(c, a.type, a.etag);
  const match = c.req.header('if-none-match');
  if (match && match.split(',').some((m) => m.trim().replace(/^W\//, '') === a.etag)) return c.body(null, 304);
  return c.body(a.body, 200);
}

/**
 * The browser console (issue 9) at /console: a server-rendered shell, one script and one
 * stylesheet, all from this service. No key is needed to load them; everything the console shows
 * comes from the JSON API with the key the user types. Not part of the API, so not in /openapi.json.
 * `files` (src/console/assets.ts) are served from memory; without them (the Worker) the platform's
 * static assets serve them.
 */
export function consoleRoutes(files: ConsoleFiles = {}) {
  const app = new Hono<AppEnv>();
  const page = (c: Context<AppEnv>) => {
    consoleHeaders(c, 'text/html; charset=utf-8');
    return c.body('<!doctype html>' + String(<ConsolePage lang={c.get('lang')} />), 200);
  };
  app.get(CONSOLE_PATHS.page, page);
  app.get(`${CONSOLE_PATHS.page}/`, (c) => c.redirect(CONSOLE_PATHS.page, 301));
  for (const [path, file] of Object.entries(files)) app.get(path, (c) => serveAsset(c, file));
  return app;
}
