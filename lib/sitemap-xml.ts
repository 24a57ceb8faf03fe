/** Sitemap XML (sitemaps.org 0.9): an index and streamed url sets. Pure: no database. */

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export function sitemapIndexXml(site: string, files: { name: string }[]): string {
  const entries = files.map((f) => `<sitemap><loc>${escapeXml(`${site}/sitemaps/${f.name}`)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

function urlXml(site: string, u: { path: string; lastModified: Date | null }): string {
  const lastmod = u.lastModified ? `<lastmod>${u.lastModified.toISOString()}</lastmod>` : '';
  return `<url><loc>${escapeXml(site + u.path)}</loc>${lastmod}</url>`;
}

/** A `<urlset>` written batch by batch as the batches arrive: the whole file is never in memory. */
export function sitemapUrlsetStream(site: string, batches: AsyncIterable<{ path: string; lastModified: Date | null }[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode('</urlset>\n'));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((u) => urlXml(site, u)).join('\n') + '\n'));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
