/**
 * Feed links for <head>. Next.js merges `alternates` shallowly, so a page that sets its own
 * (canonical, a critic's feed) must repeat the site feed: every page takes it from here.
 */
import { routes } from '@/lib/routes';

export const SITE_FEED = { url: routes.feed(), title: 'Bobine — latest reviews' };

export function feedAlternates(...extra: { url: string; title: string }[]) {
  return { 'application/rss+xml': [SITE_FEED, ...extra] };
}
