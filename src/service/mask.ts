/** Personal data the log can mask before storing a request (issue: audit trail). */
const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { name: 'id_number', re: /(?<!\d)\d{17}[\dXx](?!\d)/g },
  { name: 'phone', re: /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g },
];

/**
 * Replaces phone numbers, e-mail addresses and ID numbers in every string of a value with
 * `[masked:<kind>]`; returns the masked copy and the paths (`feature.description`) it changed,
 * in the manner of OPA's decision-log masking.
 */
export function maskPersonalData<T>(value: T): { value: T; masked: string[] } {
  const masked: string[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      let out = v;
      for (const { name, re } of PATTERNS) out = out.replace(re, `[masked:${name}]`);
      if (out !== v) masked.push(path);
      return out;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, path ? `${path}.${k}` : k)]));
    }
    return v;
  };
  return { value: walk(value, '') as T, masked };
}
