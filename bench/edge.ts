import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadFeatures, requestBodies } from './lib/bodies.js';
import { freePort, round, spawnGroup, waitFor, type Options } from './lib/util.js';

export interface EdgeResult {
  bundle: {
    bytes: number;
    gzip_bytes: number;
    files: { file: string; bytes: number; gzip_bytes: number }[];
    wrangler_says: string | null;
    /** The biggest contributors to the output, by package (from esbuild's metafile). */
    top_inputs: { input: string; bytes: number }[];
    build_ms: number;
    /** Files served beside the Worker by Workers static assets (the console's script, styles, icon; the ruleset file the Worker reads). */
    static_assets: { bytes: number; files: { file: string; bytes: number }[] };
  } | { error: string };
  cold_start: {
    healthz_ms: number;
    first_post_ms: number;
    first_post_since_spawn_ms: number;
    first_post_status: number;
    second_post_ms: number;
  } | { error: string };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Groups esbuild metafile inputs by package (node_modules/<pkg>) or by top folder (src/…). */
function topInputs(metaPath: string): { input: string; bytes: number }[] {
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const by = new Map<string, number>();
  for (const out of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = m ? m[1]! : input.replace(/^(src\/[^/]+)\/.*$/, '$1/*');
      by.set(key, (by.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...by.entries()].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 12);
}

export async function runEdge(root: string, opts: Options, log: (s: string) => void): Promise<EdgeResult> {
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };
  const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
  const out = mkdtempSync(join(tmpdir(), 'scope-gate-bench-edge-'));
  let bundle: EdgeResult['bundle'];
  try {
    const t0 = performance.now();
    const r = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', join(out, 'dist'), '--metafile', join(out, 'meta.json')],
      { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
    const buildMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`wrangler deploy --dry-run failed (${r.status}): ${(r.stderr + r.stdout).slice(-2000)}`);
    const files = walk(join(out, 'dist')).filter((f) => !f.endsWith('.map') && !f.endsWith('README.md'))
      .map((f) => {
        const buf = readFileSync(f);
        return { file: relative(join(out, 'dist'), f), bytes: statSync(f).size, gzip_bytes: gzipSync(buf).length };
      });
    const said = /Total Upload:[^\n]*/.exec(r.stdout + r.stderr)?.[0]?.trim() ?? null;
    let top: { input: string; bytes: number }[] = [];
    // wrangler.toml uploads scripts/build-edge.mjs's output as it is: the inputs are in that build's metafile.
    try { top = topInputs(join(out, 'meta.json')); } catch { try { top = topInputs(join('.edge-build', 'meta.json')); } catch { /* no metafile */ } }
    // The console's files and the ruleset file are Workers static assets (wrangler.toml [assets]), not part of the bundle.
    const assetDir = join(root, '.edge-build', 'assets');
    const assets = walk(assetDir).map((f) => ({ file: relative(assetDir, f), bytes: statSync(f).size }));
    bundle = {
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      gzip_bytes: files.reduce((n, f) => n + f.gzip_bytes, 0),
      files, wrangler_says: said, top_inputs: top, build_ms: Math.round(buildMs),
      static_assets: { bytes: assets.reduce((n, f) => n + f.bytes, 0), files: assets },
    };
    log(`  edge bundle: ${bundle.bytes} B (gzip ${bundle.gzip_bytes} B) in ${files.length} file(s); wrangler: ${said}; static assets beside it: ${bundle.static_assets.bytes} B in ${assets.length} file(s)`);
  } catch (e) {
    bundle = { error: String(e instanceof Error ? e.message : e) };
    log(`  edge bundle: ${bundle.error}`);
  }

  // Cold start under `wrangler dev` (scripts/dev-edge.mjs), fresh local D1 state.
  let cold: EdgeResult['cold_start'];
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const submitter = 'bench-edge-' + Math.random().toString(36).slice(2);
  const spawnedAt = performance.now();
  const child = spawnGroup(process.execPath, [join(root, 'scripts', 'dev-edge.mjs')], {
    ...env, PORT: String(port), API_KEYS: `submitter:${submitter}`, WRANGLER_PERSIST_TO: join(out, 'state'),
  }, root);
  try {
    const healthz = await waitFor(`${base}/healthz`, { timeoutMs: 180_000, intervalMs: 25, child, since: spawnedAt });
    const { features } = loadFeatures(root);
    const [body1, body2] = requestBodies(features);
    const post = async (body: string) => {
      const t = performance.now();
      const res = await fetch(`${base}/v1/decisions`, { method: 'POST', headers: { authorization: `Bearer ${submitter}`, 'content-type': 'application/json' }, body });
      await res.arrayBuffer();
      return { ms: performance.now() - t, status: res.status, at: performance.now() - spawnedAt };
    };
    const p1 = await post(body1!);
    const p2 = await post(body2 ?? body1!);
    cold = {
      healthz_ms: Math.round(healthz), first_post_ms: round(p1.ms, 1), first_post_since_spawn_ms: Math.round(p1.at),
      first_post_status: p1.status, second_post_ms: round(p2.ms, 1),
    };
    log(`  edge cold start: /healthz 200 after ${cold.healthz_ms} ms; first POST ${p1.status} in ${cold.first_post_ms} ms (${cold.first_post_since_spawn_ms} ms since spawn); second POST ${cold.second_post_ms} ms`);
  } catch (e) {
    cold = { error: String(e instanceof Error ? e.message : e).slice(0, 3000) };
    log(`  edge cold start: ${cold.error.slice(0, 500)}`);
  } finally {
    await child.stop(8000);
    rmSync(out, { recursive: true, force: true });
  }
  void opts;
  return { bundle, cold_start: cold };
}
