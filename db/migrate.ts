import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { DB } from './index';

/** Applies the committed Drizzle Kit migrations under drizzle/ that this database lacks. */
export function applyMigrations(db: DB): void {
  migrate(db, { migrationsFolder: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'drizzle') });
}
