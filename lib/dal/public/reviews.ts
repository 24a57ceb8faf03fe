/**
 * Public review reads: only what the visibility rule lets through, and always the live revision
 * (never the working copy, which may hold unpublished edits).
 */
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { films, reviewRevisions, reviewerProfiles, reviews } from '@/db/schema';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { excerpt } from '@/lib/rich-text/text';
import { publicRead, type DB } from '../db';
import { withLeadImages } from './media';
import { reviewContentColumns, sanitizedReviewContent } from '../sql';
import { publicReviewWhere, selectLiveReviews } from '../visibility';
import type { PublicReview, ReviewContent, ReviewTeaser } from '../types';

export const publicReviewColumns = {
  id: reviews.id,
  publishedAt: reviews.publishedAt,
  penName: reviewerProfiles.penName,
  reviewerSlug: reviewerProfiles.slug,
  ...reviewContentColumns(reviewRevisions),
};

type PublicReviewRow = Omit<ReviewContent, 'body'> & {
  id: number;
  publishedAt: Date | null;
  penName: string;
  reviewerSlug: string;
  body: unknown;
};

export function toPublicReview(r: PublicReviewRow): Omit<PublicReview, 'leadImage'> {
  return {
    id: r.id,
    reviewer: { penName: r.penName, slug: r.reviewerSlug },
    ...sanitizedReviewContent(r),
    publishedAt: r.publishedAt!,
  };
}

/** The published reviews of one film, newest first. */
export async function listPublicReviewsOfFilm(filmId: number): Promise<PublicReview[]> {
  const rows = await publicReviewsOfFilmQuery(await publicRead(), filmId);
  return withLeadImages(rows.map(toPublicReview));
}

export function publicReviewsOfFilmQuery(db: DB, filmId: number) {
  return selectLiveReviews(db, publicReviewColumns)
    .innerJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviews.authorId))
    .where(and(eq(reviews.filmId, filmId), publicReviewWhere()))
    .orderBy(desc(reviews.publishedAt));
}

/** The latest published reviews across the magazine (or by one critic), with spoiler-safe excerpts. */
export async function listLatestReviews(limit = 8, { authorId }: { authorId?: number } = {}): Promise<ReviewTeaser[]> {
  const db = await publicRead();
  const rows = await selectLiveReviews(db, { ...publicReviewColumns, filmSlug: films.slug, filmTitle: films.title })
    .innerJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviews.authorId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(and(publicReviewWhere(), authorId === undefined ? undefined : eq(reviews.authorId, authorId)))
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(limit);
  return withLeadImages(
    rows.map((r) => ({
    id: r.id,
    film: { slug: r.filmSlug, title: r.filmTitle },
    reviewer: { penName: r.penName, slug: r.reviewerSlug },
    mark: r.mark,
    headline: r.headline,
    standfirst: r.standfirst,
    leadImageId: r.leadImageId,
    containsSpoilers: r.containsSpoilers,
    excerpt: r.containsSpoilers ? '' : excerpt(sanitizeDoc(r.body), 240),
    publishedAt: r.publishedAt!,
    })),
  );
}
