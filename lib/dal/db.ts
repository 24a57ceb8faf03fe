/** The DAL's handle on the database. Everything under lib/dal/ goes through here. */
import 'server-only';
import { getDb, type DB } from '@/db';
import { connectPublicCache } from '@/lib/cache/public-pages';
import { now } from '@/lib/clock';
import { catchUpScheduledStats, wentLiveBetween } from './stats';

export { getDb, type DB };

/** The handle a DAL transaction callback receives (synchronous with better-sqlite3). */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];

/**
 * The handle for public reads. Public pages without query parameters (home, film, person) are kept
 * in Next.js's full-route cache, which asks lib/cache/public-pages.ts before each hit whether a
 * write or a scheduled publication has made the page untrue since. The stored aggregates are first
 * brought up to now (a scheduled review that went live counts).
 */
export async function publicRead() {
  const db = getDb();
  connectPublicCache(schedule);
  catchUpScheduledStats(db);
  return db;
}

const schedule = {
  now: () => now().getTime(),
  wentLiveBetween: (from: number, to: number) => wentLiveBetween(getDb(), from, to),
};
