import { parseSitemapName, sitemapPages, sitemapUrls } from '@/lib/dal/public/sitemap-files';
import { siteUrl } from '@/lib/env';
import { sitemapUrlsetStream } from '@/lib/sitemap-xml';

/** One sitemap file, streamed in batches (`pages.xml`, `films-0.xml`, `people-3.xml`…). */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const file = parseSitemapName((await params).name);
  if (!file) return new Response('Not found', { status: 404 });
  // Everything that needs the request's scope (the database read) happens before streaming starts.
  const batches = file.kind === 'pages' ? oneBatch(await sitemapPages()) : await sitemapUrls(file.kind, file.n);
  return new Response(sitemapUrlsetStream(siteUrl(), batches), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}

async function* oneBatch<T>(batch: T) {
  yield batch;
}
