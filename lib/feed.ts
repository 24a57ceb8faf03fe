/**
 * RSS 2.0, built as a string: every text and attribute goes through xmlEscape, and characters XML
 * forbids are dropped, so a title or excerpt can never break the document.
 */
import { toOutOfFive, toStarText } from './marks';
import { routes } from '@/lib/routes';

// Control characters XML 1.0 does not allow, plus unpaired surrogates and U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** "★★★★☆ 4/5" */
export function markText(mark: number): string {
  return `${toStarText(mark)} ${toOutOfFive(mark)}`;
}

export const SPOILER_SUMMARY = 'This review contains spoilers: read it on the film page, where it stays hidden until you ask to see it.';

export type FeedReview = {
  id: number;
  filmSlug: string;
  filmTitle: string;
  penName: string;
  mark: number | null;
  headline?: string | null;
  /** Written to announce the review: it leads the description, spoilers or not. */
  standfirst?: string | null;
  /** Spoiler-safe excerpt; ignored for spoiler reviews. */
  excerpt: string;
  containsSpoilers: boolean;
  publishedAt: Date;
};

export type FeedItem = { title: string; link: string; guid: string; pubDate: Date; author: string; description: string };

/** One review as a feed item: "Film — Critic's review", linking to the review on the film page. */
export function reviewFeedItem(siteUrl: string, r: FeedReview): FeedItem {
  const link = `${siteUrl}${routes.review(r.filmSlug, r.id)}`;
  const text = r.containsSpoilers ? SPOILER_SUMMARY : r.excerpt;
  const description = [r.standfirst?.trim() || null, r.mark !== null ? `${r.penName}’s mark: ${markText(r.mark)}.` : null, text].filter(Boolean).join(' ');
  const title = r.headline?.trim() ? `${r.filmTitle} — ${r.headline.trim()}` : `${r.filmTitle} — ${r.penName}’s review`;
  return { title, link, guid: link, pubDate: r.publishedAt, author: r.penName, description };
}

export type Feed = { title: string; link: string; selfUrl: string; description: string; items: FeedItem[] };

export function buildRss(feed: Feed): string {
  const e = xmlEscape;
  const lastBuild = feed.items[0]?.pubDate;
  const items = feed.items
    .map(
      (i) => `    <item>
      <title>${e(i.title)}</title>
      <link>${e(i.link)}</link>
      <guid isPermaLink="true">${e(i.guid)}</guid>
      <pubDate>${i.pubDate.toUTCString()}</pubDate>
      <dc:creator>${e(i.author)}</dc:creator>
      <description>${e(i.description)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${e(feed.title)}</title>
    <link>${e(feed.link)}</link>
    <description>${e(feed.description)}</description>
    <language>en</language>
    <atom:link href="${e(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
${lastBuild ? `    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`;
}
