import type { Store } from './db.js';

/** One migration file: `0001_init.sql` and its text. */
export interface Migration {
  name: string;
  sql: string;
}

/**
 * Splits a migration into statements on `;` at the end of a statement, keeping a trigger's
 * BEGIN … END body whole. Comments are dropped.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let inTrigger = false;
  for (const raw of sql.split('\n')) {
    const line = raw.replace(/--.*$/, '').trimEnd();
    if (!line.trim()) continue;
    current.push(line);
    if (/^\s*CREATE\s+TRIGGER\b/i.test(line)) inTrigger = true;
    const ends = inTrigger ? /^\s*END\s*;\s*$/i.test(line) : /;\s*$/.test(line);
    if (ends) {
      out.push(current.join('\n').replace(/;\s*$/, ''));
      current = [];
      inTrigger = false;
    }
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

/**
 * Applies the migrations not yet applied, in name order. Bookkeeping uses wrangler's own
 * `d1_migrations` table, so `wrangler d1 migrations apply` and this agree on what is applied.
 */
export async function migrate(store: Store, migrations: Migration[]): Promise<string[]> {
  await store.exec(
    'CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)',
  );
  const { sql } = await import('drizzle-orm');
  const rows = (await store.db.all(sql`SELECT name FROM d1_migrations`)) as { name: string }[];
  const done = new Set(rows.map((r) => r.name));
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (done.has(m.name)) continue;
    for (const stmt of splitStatements(m.sql)) await store.exec(stmt);
    await store.db.run(sql`INSERT INTO d1_migrations (name) VALUES (${m.name})`);
    applied.push(m.name);
  }
  return applied;
}
