/** Sitemap XML (sitemaps.org 0.9): an index and streamed url sets. Pure: no database. */

const XML_SPECIAL = /[<>&'"]/;
// Slugs never need it: the test is cheaper than the replace, 50,000 times a file.
const escapeXml = (s: string) => (XML_SPECIAL.test(s) ? s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!) : s);

export function sitemapIndexXml(site: string, files: { name: string }[]): string {
  const entries = files.map((f) => `<sitemap><loc>${escapeXml(`${site}/sitemaps/${f.name}`)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

type Url = { path: string; lastModified: number | null };

function urlXml(site: string, u: Url): string {
  const lastmod = u.lastModified === null ? '' : `<lastmod>${new Date(u.lastModified).toISOString()}</lastmod>`;
  return `<url><loc>${site}${escapeXml(u.path)}</loc>${lastmod}</url>\n`;
}

/** A `<urlset>` written batch by batch as the batches arrive: the whole file is never in memory. */
export function sitemapUrlsetStream(site: string, batches: AsyncIterable<Url[]>): ReadableStream<Uint8Array> {
  site = escapeXml(site);
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
      let xml = '';
      for (const u of next.value) xml += urlXml(site, u);
      controller.enqueue(encoder.encode(xml));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
