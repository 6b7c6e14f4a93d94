import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluate, type EvalContext } from '../../src/engine/index.js';
import type { Feature } from '../../src/engine/types.js';
import { seedLicence } from '../../src/licences/seed.js';
import { pinLicence } from '../../src/engine/licence.js';
import { defaultRuleset } from '../../src/rules/index.js';
import { KILL_ENGINE, startEngineThread, type Evaluator } from '../../src/service/engine-thread.js';
import { answerText, spliceable, summaryOf } from '../../src/service/evaluation-json.js';

/** Every feature of the golden files: the engine thread must answer each exactly as an in-process call does. */
function goldenFeatures(): Feature[] {
  const dir = join(import.meta.dirname, '..', 'golden');
  const out: Feature[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { feature } = JSON.parse(line) as { feature: Partial<Feature> & { title: string } };
      out.push({ title: feature.title, description: feature.description ?? '', capabilities: feature.capabilities ?? [], sectors: feature.sectors ?? [], ...(feature.launch_date ? { launch_date: feature.launch_date } : {}) });
    }
  }
  return out;
}

describe('the engine on its own thread (Node)', () => {
  let thread: Evaluator;
  const licence = pinLicence(seedLicence);
  const ctx = (lang: 'zh' | 'en', now = new Date('2026-11-29T04:00:00.000Z')): EvalContext =>
    ({ licences: [licence], primaryLicenceId: licence.id, ruleset: defaultRuleset, now, lang });
  beforeAll(async () => {
    thread = await startEngineThread(defaultRuleset.revision);
  }, 60_000);
  afterAll(() => thread.close());

  test('answers every golden feature exactly as the engine in this thread does (same fields, same order), in both languages', async () => {
    // the engine compiled by esbuild into one module (the fast path), not the tsx fallback
    expect(thread.loader).toBe('esbuild');
    const features = goldenFeatures();
    expect(features.length).toBeGreaterThan(100);
    for (const lang of ['zh', 'en'] as const) {
      const remote = await Promise.all(features.map((f) => thread.evaluate(f, ctx(lang))));
      features.forEach((f, i) => expect(JSON.stringify(remote[i])).toBe(JSON.stringify(evaluate(f, ctx(lang)))));
    }
  }, 120_000);

  test('as JSON text: the answer spliced around it is byte for byte the answer built from the object, with the same summary', async () => {
    const features = goldenFeatures();
    const id = 'dec_x"\u2028', requestId = 'req_\u00e9', at = '2026-11-29T04:00:00.000Z';
    for (const lang of ['zh', 'en'] as const) {
      const remote = await Promise.all(features.map((f) => thread.evaluateJson!(f, ctx(lang))));
      features.forEach((f, i) => {
        const local = evaluate(f, ctx(lang));
        const r = remote[i]!;
        expect('json' in r).toBe(true);
        if (!('json' in r)) return;
        expect(answerText(id, r.json, requestId, at)).toBe(JSON.stringify({ id, ...local, request_id: requestId, created_at: at }));
        expect(r.summary).toEqual(summaryOf(local));
      });
    }
  }, 120_000);

  test('an evaluation whose members would not splice is not spliced', () => {
    expect(spliceable({ verdict: 'allowed' })).toBe(true);
    for (const e of [{}, { id: 'x', verdict: 'allowed' }, { created_at: 'x' }, { request_id: 'x' }, { 7: 'x', verdict: 'allowed' }, { toJSON: () => 'x' }]) {
      expect(spliceable(e)).toBe(false);
    }
    // what splicing would get wrong for those, and the object path gets right
    const e = { verdict: 'allowed', 7: 'x' };
    expect(answerText('i', JSON.stringify(e), 'r', 't')).not.toBe(JSON.stringify({ id: 'i', ...e, request_id: 'r', created_at: 't' }));
  });

  test('the clock and the licences given are the ones used', async () => {
    const f: Feature = { title: '直播带货', description: '主播在直播间讲解自营商品，观众可以发送弹幕。', capabilities: [], sectors: [] };
    const later = ctx('zh', new Date('2031-06-01T00:00:00.000Z'));
    expect(JSON.stringify(await thread.evaluate(f, later))).toBe(JSON.stringify(evaluate(f, later)));
    const other = { ...licence, id: 'TEST-2', revision: 'sha256:' + 'ab'.repeat(32) };
    const both = { ...ctx('zh'), licences: [licence, other] };
    expect(JSON.stringify(await thread.evaluate(f, both))).toBe(JSON.stringify(evaluate(f, both)));
  });

  test('a ruleset other than the one the thread loaded is judged in this thread', async () => {
    const f: Feature = { title: '私信', description: '用户之间发送私信。', capabilities: [], sectors: [] };
    const custom = { ...defaultRuleset, revision: 'sha256:' + '0'.repeat(64) };
    const c = { ...ctx('zh'), ruleset: custom };
    expect(JSON.stringify(await thread.evaluate(f, c))).toBe(JSON.stringify(evaluate(f, c)));
  });

  test('the fallback loader (tsx) runs the same engine: same answers', async () => {
    const t = await startEngineThread(defaultRuleset.revision, { loader: 'tsx' });
    try {
      expect(t.loader).toBe('tsx');
      for (const f of goldenFeatures().slice(0, 20)) expect(JSON.stringify(await t.evaluate(f, ctx('zh')))).toBe(JSON.stringify(evaluate(f, ctx('zh'))));
    } finally {
      t.close();
    }
  }, 60_000);

  test('if the thread dies, the decisions it held are judged in this thread, and the next ones on a new thread', async () => {
    const t = await startEngineThread(defaultRuleset.revision);
    try {
      const features = goldenFeatures().slice(0, 30);
      const pending = features.map((f) => t.evaluate(f, ctx('zh')));
      await t[KILL_ENGINE]();
      const got = await Promise.all(pending);
      features.forEach((f, i) => expect(JSON.stringify(got[i])).toBe(JSON.stringify(evaluate(f, ctx('zh')))));
      const next = await t.evaluate(features[0]!, ctx('en'));
      expect(JSON.stringify(next)).toBe(JSON.stringify(evaluate(features[0]!, ctx('en'))));
      expect(t.loader).toBe('esbuild');
    } finally {
      t.close();
    }
  }, 60_000);

  test('after the thread is closed, decisions are still judged (in this thread)', async () => {
    const t = await startEngineThread(defaultRuleset.revision);
    t.close();
    const f: Feature = { title: '站内搜索', description: '', capabilities: ['site_search'], sectors: [] };
    expect(JSON.stringify(await t.evaluate(f, ctx('en')))).toBe(JSON.stringify(evaluate(f, ctx('en'))));
  }, 60_000);
});
