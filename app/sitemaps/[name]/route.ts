import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createGzip } from 'node:zlib';
import { parseSitemapName, sitemapPages, sitemapUrls } from '@/lib/dal/public/sitemap-files';
import { siteUrl } from '@/lib/env';
import { sitemapUrlsetStream } from '@/lib/sitemap-xml';

/** One sitemap file, streamed in batches (`pages.xml.gz`, `films-0.xml.gz`, `people-3.xml`…). */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const file = parseSitemapName((await params).name);
  if (!file) return new Response('Not found', { status: 404 });
  // Everything that needs the request's scope (the database read) happens before streaming starts.
  const batches = file.kind === 'pages' ? oneBatch(await sitemapPages()) : await sitemapUrls(file.kind, file.n);
  const xml = sitemapUrlsetStream(siteUrl(), batches);
  if (!file.gzip) return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
  // A gzip file, not a compressed response: Next.js drops a route's own Content-Encoding and would
  // compress again. Large blocks: zlib's default 16 kB steps cost a thread-pool round trip each.
  const zip = createGzip({ level: 6, chunkSize: 256 * 1024 });
  const body = Readable.toWeb(Readable.fromWeb(xml as NodeReadableStream<Uint8Array>).pipe(zip)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { 'Content-Type': 'application/gzip' } });
}

async function* oneBatch<T>(batch: T) {
  yield batch;
}
