/** What search engines may index: every film, person and critic with a public review. */
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { films, filmStats, people, reviewerProfiles, reviewerStats } from '@/db/schema';
import { dynamicRead } from '../db';
import type { SitemapEntries } from '../types';

export async function listSitemapEntries(): Promise<SitemapEntries> {
  const db = await dynamicRead();
  const [filmRows, peopleRows, reviewerRows] = await Promise.all([
    db
      .select({ slug: films.slug, updatedAt: films.updatedAt, lastReview: filmStats.lastPublishedAt })
      .from(films)
      .innerJoin(filmStats, eq(filmStats.filmId, films.id)),
    db.select({ slug: people.slug, updatedAt: people.updatedAt }).from(people),
    db
      .select({ slug: reviewerProfiles.slug, updatedAt: reviewerStats.lastPublishedAt })
      .from(reviewerProfiles)
      .innerJoin(reviewerStats, eq(reviewerStats.userId, reviewerProfiles.userId))
      .where(sql`${reviewerStats.reviewCount} > 0`),
  ]);
  return {
    films: filmRows.map((f) => ({
      slug: f.slug,
      updatedAt: f.lastReview && f.lastReview > f.updatedAt ? f.lastReview : f.updatedAt,
    })),
    people: peopleRows,
    reviewers: reviewerRows,
  };
}
