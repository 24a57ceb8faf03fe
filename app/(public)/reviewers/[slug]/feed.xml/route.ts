import { reviewerFeedXml } from '@/lib/dal/public/feeds';
import { movedReviewerSlug } from '@/lib/dal/public/reviewers';
import { slugSchema } from '@/lib/slug';
import { routes } from '@/lib/routes';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const xml = slug.success ? await reviewerFeedXml(slug.data) : null;
  // Feed readers follow a permanent redirect and update the subscription.
  const moved = xml === null && slug.success ? await movedReviewerSlug(slug.data) : null;
  if (moved) return new Response(null, { status: 308, headers: { Location: routes.reviewerFeed(moved) } });
  if (xml === null) return new Response('No critic writes under this name.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
