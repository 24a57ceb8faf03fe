/** Public reads about the house critics. Never returns an email or an account detail. */
import 'server-only';
import { cache } from 'react';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { films, media, reviewerProfiles, reviewerStats, reviewRevisions, reviews, users } from '@/db/schema';
import { markDistribution, type MarkBucket } from '@/lib/marks';
import { publicRead, type DB } from '../db';
import { currentSlugBehind, REVIEWER_SLUG_REDIRECTS } from '../sql';
import { publicReviewWhere, selectLiveReviews } from '../visibility';
import { portraitColumns, withPortrait } from './portraits';
import type { CriticEntry, DiaryEntry, ReviewerCard, ReviewerProfile } from '../types';

/** Critics with at least one public review, most prolific first (the first `limit` of them). */
export async function listReviewers(limit?: number): Promise<ReviewerCard[]> {
  const db = await publicRead();
  const all = db
    .select({
      penName: reviewerProfiles.penName,
      slug: reviewerProfiles.slug,
      bio: reviewerProfiles.bio,
      reviewCount: reviewerStats.reviewCount,
      ...portraitColumns,
    })
    .from(reviewerProfiles)
    .innerJoin(users, and(eq(users.id, reviewerProfiles.userId), isNull(users.disabledAt)))
    .innerJoin(reviewerStats, eq(reviewerStats.userId, reviewerProfiles.userId))
    .leftJoin(media, eq(media.id, reviewerProfiles.portraitMediaId))
    .where(sql`${reviewerStats.reviewCount} > 0`)
    .orderBy(desc(reviewerStats.reviewCount), asc(reviewerProfiles.penName));
  const rows = limit === undefined ? await all : await all.limit(limit);
  return rows.map(withPortrait);
}

/**
 * The critics for /reviewers: each card with the film of their latest public review, found through
 * the stored `last_published_at` (one indexed look-up per critic, not a scan of their reviews).
 */
export async function listCritics(): Promise<CriticEntry[]> {
  const db = await publicRead();
  const cards = await listReviewers();
  const latest = await db
    .select({ slug: reviewerProfiles.slug, filmSlug: films.slug, filmTitle: films.title, publishedAt: reviews.publishedAt })
    .from(reviewerStats)
    .innerJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviewerStats.userId))
    .innerJoin(reviews, and(eq(reviews.authorId, reviewerStats.userId), eq(reviews.publishedAt, reviewerStats.lastPublishedAt), publicReviewWhere()))
    .innerJoin(films, eq(films.id, reviews.filmId));
  const bySlug = new Map(latest.map((r) => [r.slug, r]));
  return cards.map((card) => {
    const l = bySlug.get(card.slug);
    return { ...card, latest: l?.publishedAt ? { filmSlug: l.filmSlug, filmTitle: l.filmTitle, publishedAt: l.publishedAt } : null };
  });
}

/**
 * A critic's public profile by slug, or null. A disabled account's profile stays readable: its
 * published reviews are still on the film pages, which link here.
 */
export const getReviewerProfile = cache(async (slug: string): Promise<ReviewerProfile | null> => {
  const db = await publicRead();
  const row = await db
    .select({ userId: reviewerProfiles.userId, penName: reviewerProfiles.penName, slug: reviewerProfiles.slug, bio: reviewerProfiles.bio, ...portraitColumns })
    .from(reviewerProfiles)
    .leftJoin(media, eq(media.id, reviewerProfiles.portraitMediaId))
    .where(eq(reviewerProfiles.slug, slug))
    .get();
  return row ? withPortrait(row) : null;
});

/** Where a critic's old address leads now (their current slug), or null. */
export async function movedReviewerSlug(slug: string): Promise<string | null> {
  return currentSlugBehind(await publicRead(), REVIEWER_SLUG_REDIRECTS, slug);
}

export const DIARY_PER_PAGE = 20;

/** A critic's published reviews as a viewing diary: latest viewing first. */
export function reviewerDiaryQuery(db: DB, userId: number, page: number) {
  return selectLiveReviews(db, {
    id: reviews.id,
    filmSlug: films.slug,
    filmTitle: films.title,
    seenOn: reviewRevisions.seenOn,
    venue: reviewRevisions.venue,
    mark: reviewRevisions.mark,
    publishedAt: reviews.publishedAt,
  })
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(eq(reviews.authorId, userId), publicReviewWhere()))
    .orderBy(sql`${reviewRevisions.seenOn} is null`, desc(reviewRevisions.seenOn), desc(reviews.publishedAt))
    .limit(DIARY_PER_PAGE)
    .offset((Math.max(1, page) - 1) * DIARY_PER_PAGE);
}

/** Every public mark of a critic (for the distribution chart and the count). */
export function reviewerMarksQuery(db: DB, userId: number) {
  return selectLiveReviews(db, { mark: reviewRevisions.mark }).where(and(eq(reviews.authorId, userId), publicReviewWhere()));
}

export async function getReviewerDiary(
  userId: number,
  page = 1,
): Promise<{ entries: DiaryEntry[]; total: number; pageCount: number; distribution: MarkBucket[] }> {
  const db = await publicRead();
  const [rows, marks] = await Promise.all([reviewerDiaryQuery(db, userId, page), reviewerMarksQuery(db, userId)]);
  const total = marks.length;
  return {
    entries: rows.map((r) => ({ ...r, publishedAt: r.publishedAt! })),
    total,
    pageCount: Math.max(1, Math.ceil(total / DIARY_PER_PAGE)),
    distribution: markDistribution(marks.map((m) => m.mark)),
  };
}
