import { listSitemapFiles } from '@/lib/dal/public/sitemap-files';
import { siteUrl } from '@/lib/env';
import { sitemapIndexXml } from '@/lib/sitemap-xml';

/** The sitemap index: one file per 50,000 addresses (app/sitemaps/[name]). */
export async function GET() {
  return new Response(sitemapIndexXml(siteUrl(), await listSitemapFiles()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
