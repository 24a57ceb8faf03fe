import type { MetadataRoute } from 'next';
import { listSitemapEntries } from '@/lib/dal/public/sitemap';
import { siteUrl } from '@/lib/env';
import { routes } from '@/lib/routes';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const { films, people, reviewers } = await listSitemapEntries();
  return [
    { url: `${site}${routes.home()}`, changeFrequency: 'daily', priority: 1 },
    { url: `${site}${routes.films()}`, changeFrequency: 'daily', priority: 0.8 },
    ...films.map((f) => ({ url: `${site}${routes.film(f.slug)}`, lastModified: f.updatedAt, changeFrequency: 'weekly' as const, priority: 0.9 })),
    ...reviewers.map((r) => ({ url: `${site}${routes.reviewer(r.slug)}`, lastModified: r.updatedAt ?? undefined, changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...people.map((p) => ({ url: `${site}${routes.person(p.slug)}`, lastModified: p.updatedAt, changeFrequency: 'monthly' as const, priority: 0.5 })),
  ];
}
