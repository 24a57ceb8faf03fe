/**
 * What the public may see, defined once. A review is public when it has a live revision and its
 * publication time has passed. Scheduling is therefore just a future `published_at`: no cron, and
 * every public query (film page, lists, averages, feeds, search, sitemap) uses this filter.
 */
import 'server-only';
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { reviewRevisions, reviews } from '@/db/schema';
import { now } from '@/lib/clock';
import type { DB } from './db';

export function publicReviewWhere(at: Date = now()) {
  return and(isNotNull(reviews.liveRevisionId), isNotNull(reviews.publishedAt), lte(reviews.publishedAt, at));
}

/**
 * Reviews as readers see them: each joined to its live revision, never to the working copy (which
 * may hold unpublished edits). The caller adds its joins and a `where` that includes
 * `publicReviewWhere()`.
 */
export function selectLiveReviews<S extends SelectedFields>(db: DB, columns: S) {
  return db.select(columns).from(reviews).innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.liveRevisionId));
}
