import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, test } from 'vitest';
import * as schema from '../../src/storage/schema.js';
import { DRIVERS } from '../helpers/stores.js';

const tables = [schema.decisions, schema.decisionTags, schema.checkpoints, schema.merkleNodes];

describe.each(DRIVERS)('migrations and src/storage/schema.ts agree on %s', (_name, fresh) => {
  test('every table of the schema exists with exactly its columns, and refuses UPDATE and DELETE', async () => {
    const t = await fresh();
    try {
      for (const table of tables) {
        const cfg = getTableConfig(table);
        const cols = (await t.store.db.all(sql.raw(`PRAGMA table_info(${cfg.name})`))) as { name: string; notnull: number }[];
        expect(cols.map((c) => c.name).sort(), cfg.name).toEqual(cfg.columns.map((c) => c.name).sort());
        for (const c of cfg.columns) expect(Boolean(cols.find((x) => x.name === c.name)!.notnull) || c.primary, `${cfg.name}.${c.name}`).toBe(c.notNull || c.primary);
        const triggers = (await t.store.db.all(sql.raw(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '${cfg.name}'`))) as { name: string }[];
        expect(triggers.map((x) => x.name).sort(), cfg.name).toEqual([`${cfg.name}_no_delete`, `${cfg.name}_no_update`]);
        // Every index of the schema exists with exactly its columns, in order, and its uniqueness.
        for (const ix of cfg.indexes) {
          const name = ix.config.name;
          const cols = (await t.store.db.all(sql.raw(`PRAGMA index_info(${name})`))) as { seqno: number; name: string }[];
          const want = ix.config.columns.map((c) => (c as { name: string }).name);
          expect(cols.sort((a, b) => a.seqno - b.seqno).map((c) => c.name), name).toEqual(want);
          const list = (await t.store.db.all(sql.raw(`PRAGMA index_list(${cfg.name})`))) as { name: string; unique: number }[];
          expect(Boolean(list.find((x) => x.name === name)?.unique), `${name} unique`).toBe(Boolean(ix.config.unique));
        }
      }
    } finally {
      await t.dispose();
    }
  });
});
