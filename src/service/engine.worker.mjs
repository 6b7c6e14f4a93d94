// The engine's thread (Node only; see engine-thread.ts). Plain JavaScript: a worker thread does
// not inherit tsx's loader. It loads the TypeScript engine and the default ruleset (the same
// source files the main thread uses, through ./engine-entry.ts) compiled by esbuild into one
// module in memory. tsx would compile them too, but always with esbuild's keepNames, which wraps
// every named closure the engine creates per call in Object.defineProperty: the engine runs ~40%
// slower that way. If esbuild cannot be loaded, tsx's loader is used (same code, slower).
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const ENTRY = new URL('./engine-entry.ts', import.meta.url);

async function loadEngine() {
  try {
    if (workerData.loader === 'tsx') throw new Error('tsx asked for');
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [fileURLToPath(ENTRY)], bundle: true, write: false, format: 'esm', platform: 'node',
      target: `node${process.versions.node}`, logLevel: 'silent',
    });
    const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
    return { ...mod, loader: 'esbuild' };
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return { ...(await import(ENTRY.href)), loader: 'tsx' };
  }
}

const { evaluate, compileRuleset, defaultRuleset, loader } = await loadEngine();
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
        if (!l) throw Object.assign(new Error(`licence ${k.replace('\u0000', ' revision ')} was not sent to the engine thread`), { name: 'MissingLicence' });
        return l;
      });
      const evaluation = evaluate(m.feature, { licences: held, primaryLicenceId: m.primaryLicenceId, ruleset: defaultRuleset, now: new Date(m.now), lang: m.lang });
      parentPort.postMessage({ id: m.id, ok: true, evaluation });
    } catch (e) {
      parentPort.postMessage({ id: m.id, ok: false, error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? e), stack: String(e?.stack ?? '') } });
    }
  });
  parentPort.postMessage({ ready: true, loader });
}
