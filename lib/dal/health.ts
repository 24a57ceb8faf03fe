import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from './db';

/** True when the database answers a query and has its schema. */
export async function isDatabaseHealthy(): Promise<boolean> {
  try {
    const row = await getDb().get<{ ok: number }>(sql`select count(*) as ok from films limit 1`);
    return row !== undefined;
  } catch {
    return false;
  }
}
