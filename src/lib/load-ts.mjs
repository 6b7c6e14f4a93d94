// Loads a TypeScript module into a worker thread (Node only). Plain JavaScript: a worker thread does
// not inherit tsx's loader, so the workers themselves are .mjs. The module (and what it imports) is
// bundled by esbuild into one module in memory; if esbuild cannot be loaded, or `want` is 'tsx',
// tsx's loader compiles it instead (same code; tsx keeps names, which makes the engine ~40% slower).
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';

/**
 * The exports of the TypeScript module at `url`, plus `loader` ('esbuild' or 'tsx').
 * @param {URL} url the module's file URL
 * @param {string | undefined} want 'tsx' to skip esbuild
 * @returns {Promise<Record<string, any> & { loader: 'esbuild' | 'tsx' }>}
 */
export async function loadTs(url, want) {
  try {
    if (want === 'tsx') throw new Error('tsx asked for');
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [fileURLToPath(url)], bundle: true, write: false, format: 'esm', platform: 'node',
      target: `node${process.versions.node}`, logLevel: 'silent',
    });
    const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
    return { ...mod, loader: 'esbuild' };
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return { ...(await import(url.href)), loader: 'tsx' };
  }
}
