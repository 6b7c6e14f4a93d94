import type { MiddlewareHandler } from 'hono';
import type { Lang } from '../../engine/types.js';
import type { AppEnv } from '../env.js';

/** Picks the answer's language from Accept-Language: English when the client prefers it, Chinese otherwise. */
export function pickLanguage(header: string | undefined): Lang {
  if (!header) return 'zh';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag ?? '', weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.tag && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** Sets `lang` for the handlers and answers with `Content-Language`. */
export function language(): MiddlewareHandler<AppEnv> {
  return async function languageMiddleware(c, next) {
    const lang = pickLanguage(c.req.header('accept-language'));
    c.set('lang', lang);
    await next();
    c.res.headers.set('Content-Language', lang === 'zh' ? 'zh-CN' : 'en');
    c.res.headers.append('Vary', 'Accept-Language');
  };
}
