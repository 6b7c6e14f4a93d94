/**
 * Stands in for zod's `fromJSONSchema` (building a zod schema from a JSON Schema document) in the
 * Worker build (wrangler.bundle.toml [alias]): the service defines its schemas in code and never
 * reads JSON Schema at run time, so the converter (12 KB) is left out of the Worker's bundle.
 * Calling it there is a programming error, said plainly.
 */
export function fromJSONSchema(): never {
  throw new Error('fromJSONSchema is not available in the Worker build (see wrangler.bundle.toml)');
}
