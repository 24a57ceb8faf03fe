/**
 * The read aggregates (film_stats, reviewer_stats; drizzle/0003_read_aggregates.sql) count the
 * reviews public at `stats_clock.applied_until`. Triggers keep them right on every write; what no
 * write announces is time passing a scheduled publication. So before a public read, one indexed
 * probe asks whether any live review's publication time lies between that instant and now; only
 * then is the clock moved, in a transaction, and its trigger recomputes those few films and
 * critics. The first request after a scheduled time sees the review counted, never one before.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import type { DB } from '@/db';

type Handle = Pick<DB, 'get' | 'run' | 'transaction'>;

/** Whether a live review's publication time t lies in a < t <= b (either order): one index probe. */
export function wentLiveBetween(db: Pick<DB, 'get'>, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  // reviews_public_idx (published_at, author_id, live_revision_id): a range probe, index only.
  const row = db.get<{ one: number } | undefined>(
    sql`select 1 as one from reviews where published_at > ${lo} and published_at <= ${hi} and live_revision_id is not null limit 1`,
  );
  return row !== undefined;
}

/**
 * Brings the aggregates to `at` (default: the site's clock). Cheap when nothing went live since the
 * last catch-up: one probe, no write. Returns whether it moved the clock.
 */
export function catchUpScheduledStats(db: Handle, at: Date = now()): boolean {
  const target = at.getTime();
  const clock = db.get<{ appliedUntil: number } | undefined>(sql`select applied_until as appliedUntil from stats_clock where id = 1`);
  if (!clock || clock.appliedUntil === target) return false;
  if (!wentLiveBetween(db, clock.appliedUntil, target)) return false;
  return db.transaction((tx) => {
    // Another request may have caught up in between; the trigger on this update does the work.
    const current = tx.get<{ appliedUntil: number } | undefined>(sql`select applied_until as appliedUntil from stats_clock where id = 1`);
    if (!current || current.appliedUntil === target) return false;
    tx.run(sql`update stats_clock set applied_until = ${target} where id = 1`);
    return true;
  }, { behavior: 'immediate' });
}
