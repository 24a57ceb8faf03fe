/** Public reads about the house critics. Never returns an email or an account detail. */
import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { reviewerProfiles, reviews, users } from '@/db/schema';
import { dynamicRead } from './db';
import { publicReviewWhere } from './visibility';

export type ReviewerCard = { penName: string; slug: string; bio: string; reviewCount: number };

/** Critics with at least one public review, most prolific first. */
export async function listReviewers(): Promise<ReviewerCard[]> {
  const db = await dynamicRead();
  const rows = await db
    .select({
      penName: reviewerProfiles.penName,
      slug: reviewerProfiles.slug,
      bio: reviewerProfiles.bio,
      reviewCount: sql<number>`count(${reviews.id})`,
    })
    .from(reviewerProfiles)
    .innerJoin(users, and(eq(users.id, reviewerProfiles.userId), isNull(users.disabledAt)))
    .innerJoin(reviews, and(eq(reviews.authorId, reviewerProfiles.userId), publicReviewWhere()))
    .groupBy(reviewerProfiles.userId)
    .orderBy(sql`count(${reviews.id}) desc`, asc(reviewerProfiles.penName));
  return rows;
}
