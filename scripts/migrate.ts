// `npm run migrate`: applies migrations/ to DATABASE_URL (a libSQL file or a remote Turso URL).
// D1 is migrated by `wrangler d1 migrations apply scope-gate` from the same folder.
import { createClient } from '@libsql/client';
import { libsqlStore } from '../src/storage/db.js';
import { migrate } from '../src/storage/migrate.js';
import { readMigrations } from '../src/storage/migrations-fs.js';

const url = process.env.DATABASE_URL || 'file:./data/scope-gate.db';
const client = createClient({ url, ...(process.env.DATABASE_AUTH_TOKEN ? { authToken: process.env.DATABASE_AUTH_TOKEN } : {}) });
const applied = await migrate(libsqlStore(client), readMigrations());
console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
client.close();
