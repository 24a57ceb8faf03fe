/**
 * What the public may see, defined once. A review is public when it has a live revision and its
 * publication time has passed. Scheduling is therefore just a future `published_at`: no cron, and
 * every public query (film page, lists, averages, feeds, search, sitemap) uses this filter.
 */
import 'server-only';
import { and, isNotNull, lte } from 'drizzle-orm';
import { reviews } from '@/db/schema';
import { now } from '@/lib/clock';

export function publicReviewWhere(at: Date = now()) {
  return and(isNotNull(reviews.liveRevisionId), isNotNull(reviews.publishedAt), lte(reviews.publishedAt, at));
}
