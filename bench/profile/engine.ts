/**
 * Profiles `evaluate` on one description size, with the texts `npm run bench -- --only engine` uses
 * (same titles, 8 variants):
 *   npx tsx bench/profile/engine.ts [zh|mixed] [bytes] [seconds] [--prof FILE.cpuprofile] [--interval µs] [--warm s]
 * Prints CPU and wall µs per call over the measured seconds, after a warm-up (default 3 s) so that
 * start-up (loading the rules, compiling the lexicon, first optimisation) is not in it. With --prof,
 * a V8 CPU profile of the measured seconds only (inspector, this thread), then summarised (see
 * summarize.ts). Deoptimisation loops show as CPU well above wall on an idle machine (background
 * recompiles); count them with `node --trace-deopt --import tsx bench/profile/engine.ts … | grep -c bailout`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { evaluate } from '../../src/engine/index.js';
import { benchServices, evaluationContext } from '../lib/services.js';
import { buildDescription, type TextKind } from '../lib/texts.js';
import { summarize } from './summarize.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const profOut = opt('--prof');
const interval = Number(opt('--interval') ?? 100);
const warm = Number(opt('--warm') ?? 3);
const kind = (args[0] ?? 'zh') as TextKind;
const bytes = Number(args[1] ?? 20480);
const seconds = Number(args[2] ?? 5);
const ctx = await evaluationContext(await benchServices());
const title = kind === 'zh' ? '商品详情页改版' : 'Product page revamp 商品详情页改版';
const features = Array.from({ length: 8 }, (_, v) => ({ title, description: buildDescription(kind, bytes, v * 3), capabilities: [], sectors: [] }));
let n = 0;
const w0 = performance.now();
while (performance.now() - w0 < warm * 1000) evaluate(features[n++ & 7]!, ctx);
let session: Session | undefined;
if (profOut) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval });
  await session.post('Profiler.start');
}
n = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) evaluate(features[n++ & 7]!, ctx);
const c = process.cpuUsage(c0);
const wall = performance.now() - t0;
console.log(`${kind} ${bytes} B: ${n} calls, ${(((c.user + c.system) / n)).toFixed(0)} µs CPU/call, ${((wall * 1000) / n).toFixed(0)} µs wall/call`);
if (session && profOut) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profOut, JSON.stringify(profile));
  session.disconnect();
  console.log(summarize(profOut, 30));
}
