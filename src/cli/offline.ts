/**
 * `--offline`: the engine run in-process against the seed licence and the default ruleset. The
 * decision has no id and is not logged; every renderer marks it "offline — not logged".
 */
import type { Lang } from '../engine/types.js';
import { CliError } from './errors.js';
import type { LoadedFeature } from './manifest.js';
import type { DecisionView } from './render.js';

export async function evaluateOffline(source: LoadedFeature, opts: { lang: Lang; now?: Date }): Promise<DecisionView> {
  // Loaded lazily: a logged check needs none of the engine.
  const [{ evaluate }, { defaultRuleset }, { seedLicence }, { StaticLicenceRegistry }] = await Promise.all([
    import('../engine/index.js'),
    import('../rules/index.js'),
    import('../licences/seed.js'),
    import('../service/licences.js'),
  ]);
  const registry = new StaticLicenceRegistry([seedLicence], seedLicence.id);
  const licenceId = source.licence_id ?? registry.defaultId;
  const held = await registry.heldWith(licenceId);
  if (!held.length) {
    throw new CliError(`${source.file}:${source.line}: feature ${source.id}: licence_id "${licenceId}" is not known offline (only ${seedLicence.id}); check it against the service instead.`);
  }
  const evaluation = evaluate(source.feature, {
    licences: held,
    primaryLicenceId: licenceId,
    ruleset: defaultRuleset,
    now: opts.now ?? new Date(),
    lang: opts.lang,
  });
  return { ...evaluation, id: null };
}
