import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

type DB = BetterSQLite3Database<typeof schema>;

/** Applies the committed Drizzle Kit migrations under drizzle/ that this database lacks. */
export function applyMigrations(db: DB): void {
  migrate(db, { migrationsFolder: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'drizzle') });
}
