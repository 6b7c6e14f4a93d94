// The engine's thread (Node only; see engine-thread.ts). Plain JavaScript that registers tsx's
// loader itself (a worker thread does not inherit it) and then loads the TypeScript engine and
// the default ruleset, exactly the modules the main thread uses.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { evaluate, compileRuleset } = await import('../engine/index.ts');
const { defaultRuleset } = await import('../rules/index.ts');
// Compile the ruleset's matchers now (most of a second), not on the first decision.
compileRuleset(defaultRuleset);

if (defaultRuleset.revision !== workerData.rulesetRevision) {
  parentPort.postMessage({ ready: false, error: `the engine thread loaded ruleset ${defaultRuleset.revision}, the service has ${workerData.rulesetRevision}` });
} else {
  /** Licences by id and revision: sent once, then named (a revision is the hash of the content). */
  const licences = new Map();
  parentPort.on('message', (m) => {
    try {
      for (const l of m.newLicences ?? []) licences.set(l.id + '\u0000' + l.revision, l);
      const held = m.licences.map((k) => {
        const l = licences.get(k);
        if (!l) throw new Error(`licence ${k.replace('\u0000', ' revision ')} was not sent to the engine thread`);
        return l;
      });
      const evaluation = evaluate(m.feature, { licences: held, primaryLicenceId: m.primaryLicenceId, ruleset: defaultRuleset, now: new Date(m.now), lang: m.lang });
      parentPort.postMessage({ id: m.id, ok: true, evaluation });
    } catch (e) {
      parentPort.postMessage({ id: m.id, ok: false, error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? e), stack: String(e?.stack ?? '') } });
    }
  });
  parentPort.postMessage({ ready: true });
}
