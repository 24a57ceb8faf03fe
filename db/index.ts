/**
 * The one database client: better-sqlite3 on an embedded file, through Drizzle. Only lib/dal/ and
 * the scripts under scripts/ and db/ import it (eslint enforces that for app/ and components/).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databasePath } from '../lib/env';
import { applyMigrations } from './migrate';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema>;

export function openDatabase(file: string): { db: DB; sqlite: Database.Database } {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // The default 2 MB page cache re-reads the hot indexes of a large catalogue on every request.
  sqlite.pragma('cache_size = -65536');
  // No memory map: mapped pages of the file count in the server's RSS (256 MB of a 4.2 GB catalogue
  // did, for no measurable gain: the kernel's page cache serves the same reads, and the pages in use
  // stay in the 64 MB cache above).
  sqlite.pragma('mmap_size = 0');
  // Lets SQLite ANALYZE what changed enough since the last time (cheap: bounded by 0x10000's limit).
  sqlite.pragma('optimize = 0x10002');
  return { db: drizzle(sqlite, { schema }), sqlite };
}

// One connection per process; kept on globalThis so that dev-mode reloads do not open more.
const g = globalThis as unknown as { __bobineDb?: { db: DB; sqlite: Database.Database } };

const OPTIMIZE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * `next build` renders the home page once to prove it can; it must not read (or need) the site's
 * database, which may not exist yet. It gets an empty one in memory, and the server never serves
 * what the build rendered (lib/cache/public-pages.ts).
 */
function openBuildDatabase(): { db: DB; sqlite: Database.Database } {
  const sqlite = new Database(':memory:');
  const db = drizzle(sqlite, { schema });
  applyMigrations(db);
  return { db, sqlite };
}

export function getDb(): DB {
  if (!g.__bobineDb && process.env.NEXT_PHASE === 'phase-production-build') g.__bobineDb = openBuildDatabase();
  if (!g.__bobineDb) {
    const handle = openDatabase(databasePath());
    g.__bobineDb = handle;
    // A long-lived server sees the catalogue grow; keep the planner's statistics current.
    setInterval(() => handle.sqlite.pragma('optimize'), OPTIMIZE_EVERY_MS).unref();
  }
  return g.__bobineDb.db;
}

export { schema };
