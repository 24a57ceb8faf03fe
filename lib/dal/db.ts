/** The DAL's handle on the database. Everything under lib/dal/ goes through here. */
import 'server-only';
import { connection } from 'next/server';
import { getDb, type DB } from '@/db';
import { catchUpScheduledStats } from './stats';

export { getDb, type DB };

/** The handle a DAL transaction callback receives (synchronous with better-sqlite3). */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];

/**
 * Public reads depend on the clock (scheduled reviews) and on editorial changes, so they are
 * rendered per request rather than cached; SQLite answers these in well under a millisecond.
 * The stored aggregates are first brought up to now (a scheduled review that went live counts).
 */
export async function dynamicRead() {
  await connection();
  const db = getDb();
  catchUpScheduledStats(db);
  return db;
}
