/**
 * Prices the licence look-ups decide() makes per decision (licences.get + licences.heldWith, each
 * a load() that asks the database whether the licence table changed), against evaluate itself.
 *
 *   npx tsx bench/profile/licences.ts [calls]
 */
import { benchServices } from '../lib/services.js';

const calls = Number(process.argv[2] ?? 3000);
const services = await benchServices();
const id = services.licences.defaultId;
for (let i = 0; i < 300; i++) { await services.licences.get(id); await services.licences.heldWith(id); }
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < calls; i++) { await services.licences.get(id); await services.licences.heldWith(id); }
const c = process.cpuUsage(c0);
console.log(`licences.get + heldWith: ${((performance.now() - t0) * 1000 / calls).toFixed(0)} µs wall, ${((c.user + c.system) / calls).toFixed(0)} µs CPU per decision (in-memory libSQL)`);
