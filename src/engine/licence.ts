/**
 * Licences as data: pinning (content revision), coverage derived from the licence's businesses,
 * validity on a date, and clause look-up by id.
 */
import { revisionOf } from './canonical.js';
import type { CategoryCode, Clause, Licence, PinnedLicence } from './types.js';

/** Adds `revision` = sha256 of the licence's canonical JSON (without any previous revision). */
export function pinLicence(licence: Licence): PinnedLicence {
  const { revision: _drop, ...rest } = licence as Licence & { revision?: string };
  void _drop;
  return { ...rest, revision: revisionOf(rest) };
}

const B25_INTERNET: CategoryCode[] = ['B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5'];
const SIMPLE: Record<string, CategoryCode> = {
  B11: 'B11', B12: 'B12', B13: 'B13', B14: 'B14', B21: 'B21', B22: 'B22', B23: 'B23', B24: 'B24', B26: 'B26',
};

/**
 * The categories a licence covers, derived from its businesses:
 * B25 limited to 仅限互联网信息服务 covers B25-1…B25-5 minus `excludes`, never B25-X;
 * B25 limited to 不含互联网信息服务 (the SP licence) covers only B25-X;
 * B25 without a limit covers all B25 sub-types minus `excludes`;
 * a B25 business with a non-empty `includes` keeps only those sub-types (then minus `excludes`);
 * B11…B26 cover themselves; a basic-telecom business (code A…) covers A.
 */
export function coveredCategories(licence: Licence): CategoryCode[] {
  const out = new Set<CategoryCode>();
  for (const b of licence.business) {
    const code = b.code.trim().toUpperCase();
    const limit = b.limit ?? '';
    const excludes = new Set(b.excludes);
    if (code === 'B25') {
      let base: CategoryCode[];
      if (/不含互联网/.test(limit)) base = ['B25-X'];
      else if (/仅限互联网/.test(limit)) base = B25_INTERNET;
      else base = [...B25_INTERNET, 'B25-X'];
      if (Array.isArray(b.includes) && b.includes.length) {
        const only = new Set(b.includes.map((c) => c.trim().toUpperCase()));
        base = base.filter((c) => only.has(c));
      }
      for (const c of base) if (!excludes.has(c)) out.add(c);
    } else if (SIMPLE[code]) {
      if (!excludes.has(code)) out.add(SIMPLE[code]!);
    } else if (/^A\d*/.test(code)) {
      out.add('A');
    }
  }
  const order: CategoryCode[] = ['B25-1', 'B25-2', 'B25-3', 'B25-4', 'B25-5', 'B25-X', 'B11', 'B12', 'B13', 'B14', 'B21', 'B22', 'B23', 'B24', 'B26', 'A'];
  return order.filter((c) => out.has(c));
}

/** Whether the licence is valid on a YYYY-MM-DD date: issued <= date <= valid_until. */
export function isValidOn(licence: Licence, date: string): boolean {
  return licence.issued <= date && date <= licence.valid_until;
}

/** A clause of the licence by id (业务种类 is the business clause), or undefined. */
export function clauseOf(licence: Licence, id: string): Clause | undefined {
  if (id === licence.business_clause.id) return licence.business_clause;
  return licence.clauses.find((c) => c.id === id);
}
