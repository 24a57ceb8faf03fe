import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { siteUrl } from '@/lib/env';

/** Rendered per request: the sitemap address depends on BOBINE_SITE_URL at run time, not at build. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/login', '/set-password', '/api/'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
