/**
 * Creates the database if needed, applies pending migrations and, on a brand-new database with demo
 * content enabled (BOBINE_DEMO, default on), loads the demo. Never wipes anything.
 */
import { count } from 'drizzle-orm';
import { openDatabase } from './index';
import { applyMigrations } from './migrate';
import { users } from './schema';
import { seedDemo } from './seed';
import { seedDemoImages } from './seed/images';
import { seedDemoLeadImages } from './seed/lead-images';
import { seedDemoPortraits, seedDemoStills } from './seed/stills';
import { databasePath, env } from '../lib/env';

export async function prepareDatabase(): Promise<{ path: string; seeded: boolean; empty: boolean }> {
  const file = databasePath();
  const { db, sqlite } = openDatabase(file);
  try {
    applyMigrations(db);
    const [{ n }] = (await db.select({ n: count() }).from(users)) as [{ n: number }];
    if (n > 0) return { path: file, seeded: false, empty: false };
    if (!env().BOBINE_DEMO) return { path: file, seeded: false, empty: true };
    const result = await seedDemo(db);
    // Generated art (CC0): a figure in the first review of each film, a lead image at the head of
    // every published review, stills per film and critics' portraits: the demo shows a magazine with pictures.
    const images =
      (await seedDemoImages(db)) + (await seedDemoLeadImages(db)) + (await seedDemoStills(db)) + (await seedDemoPortraits(db));
    // Fresh statistics for the query planner now that the tables hold rows.
    sqlite.exec('ANALYZE');
    console.log(`Loaded demo content: ${result.films} films, ${result.reviews} reviews, ${images} generated images.`);
    return { path: file, seeded: true, empty: false };
  } finally {
    // What SQLite recommends before closing a connection: analyze what changed enough.
    sqlite.pragma('optimize');
    sqlite.close();
  }
}
