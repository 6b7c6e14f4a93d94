import { loadConfig } from '../../src/config.js';
import { CONSOLE_FILES } from '../../src/console/assets.js';
import { createApp } from '../../src/http/app.js';
import { defaultRuleset } from '../../src/rules/index.js';
import { buildServices } from '../../src/service/bootstrap.js';
import type { Services } from '../../src/service/services.js';
import { freshLibsql, type TestStore } from './stores.js';

export const TOKENS = { submitter: 'tok-submitter', auditor: 'tok-auditor', admin: 'tok-admin' } as const;

/** An app over a fresh in-memory log, fixed keys and (by default) a fixed clock. */
export async function testApp(opts: { env?: Record<string, string>; now?: string; store?: TestStore } = {}) {
  const t = opts.store ?? (await freshLibsql());
  const config = loadConfig({
    API_KEYS: `submitter:${TOKENS.submitter},auditor:${TOKENS.auditor},admin:${TOKENS.admin}`,
    ...opts.env,
  });
  const now = new Date(opts.now ?? '2026-11-29T04:00:00.000Z');
  const services: Services = buildServices(config, t.store, defaultRuleset, () => now);
  const app = createApp(services, { consoleFiles: CONSOLE_FILES });
  const call = (method: string, path: string, init: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token !== null && init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    return app.request(path, { method, headers, body });
  };
  return { app, services, store: t, call, dispose: () => t.dispose() };
}

/** A feature that the licence plainly excludes (B25-4). */
export const DM_FEATURE = {
  title: '私信 v1',
  description: '用户可以在对方主页点击「私信」，发送文字和图片消息，对方实时收到并回复。',
};
