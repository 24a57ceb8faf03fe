import { describe, expect, it } from 'vitest';
import { xmlProblems } from '@/lib/test/xml';
import { buildRss, markText, reviewFeedItem, SPOILER_SUMMARY, xmlEscape, type FeedReview } from './feed';

const review: FeedReview = {
  id: 7,
  filmSlug: 'tom-jerry',
  filmTitle: 'Tom & Jerry <the "movie">',
  penName: "O'Brien",
  mark: 7,
  excerpt: 'A <script>alert(1)</script> & more ]]> \u0001 text',
  containsSpoilers: false,
  publishedAt: new Date('2025-06-04T08:00:00Z'),
};

describe('xmlEscape', () => {
  it('escapes the five XML characters and drops forbidden ones', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\u0000b\u0008c\uFFFEd')).toBe('abcd');
    expect(xmlEscape('tab\tnew\nline ★')).toBe('tab\tnew\nline ★');
  });
});

describe('the RSS feed', () => {
  const site = 'https://bobine.example';
  const rss = buildRss({
    title: 'Bobine & co',
    link: site,
    selfUrl: `${site}/feed.xml`,
    description: 'Reviews',
    items: [reviewFeedItem(site, review), reviewFeedItem(site, { ...review, id: 8, containsSpoilers: true, excerpt: 'The killer is the butler', mark: null })],
  });

  it('is well-formed whatever the titles and excerpts contain', () => {
    expect(xmlProblems(rss)).toEqual([]);
    expect(rss).not.toContain('<script>');
    expect(rss).toContain('<title>Tom &amp; Jerry &lt;the &quot;movie&quot;&gt; — O&apos;Brien’s review</title>');
  });

  it('links each item to the review on the film page, with date, author and mark', () => {
    expect(rss).toContain('<link>https://bobine.example/films/tom-jerry#review-7</link>');
    expect(rss).toContain('<pubDate>Wed, 04 Jun 2025 08:00:00 GMT</pubDate>');
    expect(rss).toContain('<dc:creator>O&apos;Brien</dc:creator>');
    expect(rss).toContain('★★★½☆ 3.5/5');
    expect(rss).toContain('<atom:link href="https://bobine.example/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('never carries the text of a spoiler review', () => {
    expect(rss).not.toContain('butler');
    expect(rss).toContain(xmlEscape(SPOILER_SUMMARY));
  });

  it('prints marks as stars and out of five', () => {
    expect(markText(8)).toBe('★★★★☆ 4/5');
  });

  it('the checker itself catches broken XML', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a>x < y</a>')).not.toEqual([]);
  });
});

describe('a feed item of a review with a headline', () => {
  it('is titled by the headline and leads with the standfirst, even when the text has spoilers', () => {
    const item = reviewFeedItem('https://bobine.example', { ...review, headline: 'Cat & mouse', standfirst: 'A chase, reheated.', containsSpoilers: true });
    expect(item.title).toBe('Tom & Jerry <the "movie"> — Cat & mouse');
    expect(item.description).toBe(`A chase, reheated. O'Brien’s mark: ${markText(7)}. ${SPOILER_SUMMARY}`);
  });
});
