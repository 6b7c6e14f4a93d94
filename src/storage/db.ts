import type { Client } from '@libsql/client';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { drizzle as drizzleD1 } from 'drizzle-orm/d1';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql';
import type { ChainEntry, ChainOutcome } from './chain.js';
import * as schema from './schema.js';

/** The drizzle database over either driver: the rest of the code sees only this. */
export type Database = BaseSQLiteDatabase<'async', unknown, typeof schema>;

/** A statement drizzle can put in a batch. */
export type BatchItem = Parameters<ReturnType<typeof drizzleLibsql<typeof schema>>['batch']>[0][number];

/** A raw SQL statement with its bound values. */
export interface RawStatement {
  sql: string;
  args: unknown[];
}

/** An entry's outcome from a store that chains entries itself, with the group it was committed in. */
export interface ChainAppend {
  outcome: ChainOutcome;
  /** The group's size and its transaction's wall time, ms (for the benchmark). */
  group: { size: number; ms: number };
}

/** A connected store: the database, its batch (one transaction on both drivers), and what it runs on. */
export interface Store {
  db: Database;
  driver: 'libsql' | 'd1';
  /** Runs the statements in one transaction: all or none. */
  batch(items: BatchItem[]): Promise<unknown>;
  /** Runs one raw SQL statement (migrations, probes). */
  exec(sql: string): Promise<void>;
  /** Runs one raw read; rows as arrays in column order (no ORM mapping: the log's hot reads). */
  rows(sql: string, args?: unknown[]): Promise<ArrayLike<unknown>[]>;
  /** Runs raw statements in one write transaction: all or none. */
  write(stmts: RawStatement[]): Promise<void>;
  /** Bound parameters one statement may carry (D1: 100; SQLite's default limit is 32,766). */
  readonly maxParams: number;
  /**
   * Where the store chains and commits the decision log's entries itself (the Node writer thread,
   * thread-store.ts): resolves once the entry's group is committed. Without it, `DecisionLog`
   * chains and writes its groups in this thread.
   */
  chainAppend?(entry: ChainEntry): Promise<ChainAppend>;
  close(): void;
}

/**
 * Page size of a new local log file (`PRAGMA page_size` before `journal_mode = WAL`, which fixes it; a
 * no-op on an existing file, which keeps its own: `PRAGMA page_size = 65536; VACUUM INTO 'new.db'`
 * converts one). A logged decision is ~7.4 KB: with SQLite's default 4 KB pages each row runs over two
 * or three overflow pages, each read by its own read(2), and verifying the chain re-reads every row.
 */
export const LOG_PAGE_SIZE = 65536;

/** A store over a libSQL client (a local file, `:memory:`, or a remote Turso URL). */
export function libsqlStore(client: Client): Store {
  const db = drizzleLibsql(client, { schema });
  return {
    db: db as unknown as Database,
    driver: 'libsql',
    batch: (items) => db.batch(items as [BatchItem, ...BatchItem[]]),
    exec: async (sql) => {
      await client.execute(sql);
    },
    rows: async (sql, args = []) => (await client.execute({ sql, args: args as never })).rows as unknown as ArrayLike<unknown>[],
    write: async (stmts) => {
      if (stmts.length) await client.batch(stmts.map((s) => ({ sql: s.sql, args: s.args as never })), 'write');
    },
    maxParams: 30_000,
    close: () => client.close(),
  };
}

/** A store over a Cloudflare D1 binding. */
export function d1Store(binding: D1Database): Store {
  const db = drizzleD1(binding, { schema });
  return {
    db: db as unknown as Database,
    driver: 'd1',
    batch: (items) => db.batch(items as unknown as Parameters<typeof db.batch>[0]),
    exec: async (sql) => {
      await binding.prepare(sql).run();
    },
    rows: async (sql, args = []) => binding.prepare(sql).bind(...args).raw(),
    write: async (stmts) => {
      if (stmts.length) await binding.batch(stmts.map((s) => binding.prepare(s.sql).bind(...s.args)));
    },
    maxParams: 100,
    close: () => {},
  };
}
