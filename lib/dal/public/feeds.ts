/** The RSS feeds' content: published reviews only, through the same reads as the home page. */
import 'server-only';
import { buildRss, reviewFeedItem } from '@/lib/feed';
import { siteUrl } from '@/lib/env';
import { getReviewerProfile } from './reviewers';
import { listLatestReviews } from './reviews';

export const FEED_SIZE = 50;

async function items(authorId?: number) {
  const site = siteUrl();
  const reviews = await listLatestReviews(FEED_SIZE, { authorId });
  return reviews.map((r) =>
    reviewFeedItem(site, {
      id: r.id,
      filmSlug: r.film.slug,
      filmTitle: r.film.title,
      penName: r.reviewer.penName,
      mark: r.mark,
      headline: r.headline,
      standfirst: r.standfirst,
      excerpt: r.excerpt,
      containsSpoilers: r.containsSpoilers,
      publishedAt: r.publishedAt,
    }),
  );
}

export async function siteFeedXml(): Promise<string> {
  const site = siteUrl();
  return buildRss({
    title: 'Bobine — film reviews',
    link: site,
    selfUrl: `${site}/feed.xml`,
    description: 'The latest reviews from Bobine’s critics.',
    items: await items(),
  });
}

/** A critic's feed, or null for an unknown slug. */
export async function reviewerFeedXml(slug: string): Promise<string | null> {
  const profile = await getReviewerProfile(slug);
  if (!profile) return null;
  const site = siteUrl();
  return buildRss({
    title: `${profile.penName} — Bobine`,
    link: `${site}/reviewers/${profile.slug}`,
    selfUrl: `${site}/reviewers/${profile.slug}/feed.xml`,
    description: profile.bio || `${profile.penName}’s reviews in Bobine.`,
    items: await items(profile.userId),
  });
}
