/**
 * Stands in for zod's bundle of every message locale in the Worker build (wrangler.bundle.toml [alias]):
 * the service answers zod's English messages only (zod configures English itself), and the other
 * locales are about a quarter of the Worker's size. Nothing here is read.
 */
export {};
