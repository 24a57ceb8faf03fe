/** What search engines may index: every film, person and critic with a public review. */
import 'server-only';
import { and, eq, max, sql } from 'drizzle-orm';
import { films, people, reviewerProfiles, reviews } from '@/db/schema';
import { dynamicRead } from '../db';
import { col } from '../sql';
import { publicReviewWhere } from '../visibility';
import type { SitemapEntries } from '../types';

export async function listSitemapEntries(): Promise<SitemapEntries> {
  const db = await dynamicRead();
  const lastReview = sql<number | null>`(select max(${col(reviews.publishedAt)}) from ${reviews} where ${col(reviews.filmId)} = ${col(films.id)} and ${publicReviewWhere()})`;
  const [filmRows, peopleRows, reviewerRows] = await Promise.all([
    db.select({ slug: films.slug, updatedAt: films.updatedAt, lastReview }).from(films),
    db.select({ slug: people.slug, updatedAt: people.updatedAt }).from(people),
    db
      .select({ slug: reviewerProfiles.slug, updatedAt: max(reviews.publishedAt) })
      .from(reviewerProfiles)
      .innerJoin(reviews, and(eq(reviews.authorId, reviewerProfiles.userId), publicReviewWhere()))
      .groupBy(reviewerProfiles.userId),
  ]);
  return {
    films: filmRows.map((f) => ({
      slug: f.slug,
      updatedAt: f.lastReview && f.lastReview > f.updatedAt.getTime() ? new Date(f.lastReview) : f.updatedAt,
    })),
    people: peopleRows,
    reviewers: reviewerRows,
  };
}
