/**
 * Profiles `evaluate` on one description size: run under the profiler,
 *   node --cpu-prof --cpu-prof-dir=bench/.cache/prof --import tsx bench/profile/engine.ts [zh|mixed] [bytes] [seconds]
 * then `npx tsx bench/profile/summarize.ts bench/.cache/prof/<file>.cpuprofile`.
 */
import { evaluate } from '../../src/engine/index.js';
import { benchServices, evaluationContext } from '../lib/services.js';
import { buildDescription, type TextKind } from '../lib/texts.js';

const kind = (process.argv[2] ?? 'zh') as TextKind;
const bytes = Number(process.argv[3] ?? 20480);
const seconds = Number(process.argv[4] ?? 5);
const ctx = await evaluationContext(await benchServices());
const features = Array.from({ length: 8 }, (_, v) => ({ title: '商品详情页改版', description: buildDescription(kind, bytes, v * 3), capabilities: [], sectors: [] }));
let n = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) evaluate(features[n++ & 7]!, ctx);
const c = process.cpuUsage(c0);
console.log(`${kind} ${bytes} B: ${n} calls, ${(((c.user + c.system) / n)).toFixed(0)} µs CPU/call, ${((performance.now() - t0) * 1000 / n).toFixed(0)} µs wall/call`);
