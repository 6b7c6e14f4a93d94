// The engine's thread (Node only; see engine-thread.ts). Plain JavaScript: a worker thread does
// not inherit tsx's loader. It loads the TypeScript engine and the default ruleset (the same
// source files the main thread uses, through ./engine-entry.ts) compiled by esbuild into one
// module in memory. tsx would compile them too, but always with esbuild's keepNames, which wraps
// every named closure the engine creates per call in Object.defineProperty: the engine runs ~40%
// slower that way. If esbuild cannot be loaded, tsx's loader is used (same code, slower).
import { parentPort, workerData } from 'node:worker_threads';
import { loadTs } from '../lib/load-ts.mjs';

const ENTRY = new URL('./engine-entry.ts', import.meta.url);

const { evaluate, compileRuleset, defaultRuleset, loader } = await loadTs(ENTRY, workerData.loader);
// Compile the ruleset's matchers now (most of a second), not on the first decision.
compileRuleset(defaultRuleset);

if (defaultRuleset.revision !== workerData.rulesetRevision) {
  parentPort.postMessage({ ready: false, error: `the engine thread loaded ruleset ${defaultRuleset.revision}, the service has ${workerData.rulesetRevision}` });
} else {
  /** Licences by id and revision: sent once, then named (a revision is the hash of the content). */
  const licences = new Map();
  /** See engine-thread.ts `spliceable`: whether the answer can be spliced around this evaluation's text. */
  const spliceable = (e) => {
    if (typeof e.toJSON === 'function') return false;
    const keys = Object.keys(e);
    if (!keys.length) return false;
    for (const k of keys) if (k === 'id' || k === 'request_id' || k === 'created_at' || /^(?:0|[1-9]\d*)$/.test(k)) return false;
    return true;
  };
  const judge = (m) => {
    try {
      for (const l of m.newLicences ?? []) licences.set(l.id + '\u0000' + l.revision, l);
      const held = m.licences.map((k) => {
        const l = licences.get(k);
        if (!l) throw Object.assign(new Error(`licence ${k.replace('\u0000', ' revision ')} was not sent to the engine thread`), { name: 'MissingLicence' });
        return l;
      });
      const evaluation = evaluate(m.feature, { licences: held, primaryLicenceId: m.primaryLicenceId, ruleset: defaultRuleset, now: new Date(m.now), lang: m.lang });
      if (m.json && spliceable(evaluation)) {
        // The text, serialised here once (a string crosses to the main thread as one copy), and the
        // few fields the log needs besides it.
        const summary = {
          verdict: evaluation.verdict, categories: evaluation.categories.map((c) => c.code), approvals: evaluation.approvals.map((a) => a.code),
          licence: { id: evaluation.licence.id, revision: evaluation.licence.revision }, ruleset: { revision: evaluation.ruleset.revision },
          launch_date: evaluation.launch_date,
        };
        return { id: m.id, ok: true, json: JSON.stringify(evaluation), summary };
      }
      return { id: m.id, ok: true, evaluation };
    } catch (e) {
      return { id: m.id, ok: false, error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? e), stack: String(e?.stack ?? '') } };
    }
  };
  // A message carries the requests of one turn of the main thread; they are answered in one.
  parentPort.on('message', (m) => {
    parentPort.postMessage({ results: m.requests.map(judge) });
  });
  parentPort.postMessage({ ready: true, loader });
}
