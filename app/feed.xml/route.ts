import { siteFeedXml } from '@/lib/dal/public/feeds';

export async function GET() {
  return new Response(await siteFeedXml(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
