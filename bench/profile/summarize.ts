/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by area
 * (a package under node_modules, or a source file of ours), and inclusive time of our functions.
 *
 *   npx tsx bench/profile/summarize.ts FILE.cpuprofile [--top 25] [--skip-ms 0]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export function summarize(path: string, top = 25, skipMs = 0): string {
  const p = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  // Skip the first skipMs of the profile (start-up: module loading, compiling the ruleset).
  let at = 0;
  for (let i = 0; i < p.samples.length; i++) {
    at += p.timeDeltas[i] ?? 0;
    if (at < skipMs * 1000) continue;
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const area = (url: string) => {
    if (!url) return '(native/gc/idle)';
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1]!;
    const s = /\/(src\/.+|bench\/.+)$/.exec(url);
    if (s) return s[1]!;
    if (url.startsWith('node:')) return url;
    return url.replace(/^file:\/\//, '');
  };
  const fn = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${area(cf.url)}:${cf.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const a = cf.url ? area(cf.url) : cf.functionName === '(idle)' ? '(idle)' : cf.functionName === '(garbage collector)' ? '(gc)' : `(${cf.functionName || 'native'})`;
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  // Inclusive time of functions in src/: a sample counts once for each distinct src function on its stack.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      if (!/\/src\//.test(cf.url) && !/drizzle-orm|@libsql|@noble|hono/.test(cf.url)) continue;
      const key = `${cf.functionName || '(anonymous)'} ${area(cf.url)}:${cf.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  const pct = (us: number) => ((100 * us) / total).toFixed(1).padStart(5) + '%';
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7) + ' ms';
  const list = (m: Map<string, number>, k: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, us]) => `${pct(us)} ${ms(us)}  ${name}`).join('\n');
  return [
    `${path}: ${(total / 1000).toFixed(0)} ms sampled`,
    '', '-- self time by area --', list(areas, 20),
    '', '-- self time by function --', list(fn, top),
    '', '-- inclusive time (src/, drizzle, libsql, noble, hono) --', list(incl, top),
  ].join('\n');
}

if (process.argv[1] && /summarize\.ts$/.test(process.argv[1])) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: summarize.ts FILE.cpuprofile [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  const k = process.argv.indexOf('--skip-ms');
  console.log(summarize(file, i > 0 ? Number(process.argv[i + 1]) : 25, k > 0 ? Number(process.argv[k + 1]) : 0));
}
