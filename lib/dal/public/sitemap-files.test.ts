import { describe, expect, it } from 'vitest';
import { sitemapUrlsetStream } from '@/lib/sitemap-xml';
import { demoDatabaseFor } from '@/lib/test/temp-db';

describe('sitemap files', () => {
  const { sqlite, loaded } = demoDatabaseFor(() => import('./sitemap-files'));

  const collect = async (kind: 'films' | 'people', n: number) => {
    const out = [];
    for await (const batch of await loaded().sitemapUrls(kind, n)) out.push(...batch);
    return out;
  };

  it('lists one file per id range in use, plus the pages file', async () => {
    expect((await loaded().listSitemapFiles()).map((f) => f.name)).toEqual(['pages.xml.gz', 'films-0.xml.gz', 'people-0.xml.gz']);
    // A film in the third range gets a file; the empty range between does not.
    sqlite.prepare('insert into films (id, slug, title) values (?, ?, ?)').run(2 * loaded().SITEMAP_MAX_URLS + 1, 'far-away', 'Far Away');
    expect((await loaded().listSitemapFiles()).map((f) => f.name)).toEqual(['pages.xml.gz', 'films-0.xml.gz', 'films-2.xml.gz', 'people-0.xml.gz']);
    expect((await collect('films', 2)).map((u) => u.path)).toEqual(['/films/far-away']);
    sqlite.prepare('delete from films where slug = ?').run('far-away');
  });

  it('gives each film its latest change or public review as lastmod, and only names files it knows', async () => {
    const films = await collect('films', 0);
    expect(films.length).toBe(15);
    const ballerina = films.find((u) => u.path === '/films/from-the-world-of-john-wick-ballerina')!;
    const last = sqlite
      .prepare(
        `select max(published_at) as t from reviews r join films f on f.id = r.film_id where f.slug = 'from-the-world-of-john-wick-ballerina' and live_revision_id is not null and published_at <= ?`,
      )
      .get(Date.now()) as { t: number };
    expect(ballerina.lastModified!).toBeGreaterThanOrEqual(last.t);
    expect((await collect('people', 0)).map((u) => u.path)).toContain('/people/len-wiseman');
    expect((await loaded().sitemapPages()).map((u) => u.path)).toEqual(expect.arrayContaining(['/', '/films', '/reviewers/mulder']));
    for (const bad of ['films.xml', 'films-x.xml', '../x', 'users-0.xml', 'pages.gz', 'films-1.xml.gz.gz']) expect(loaded().parseSitemapName(bad)).toBeNull();
    expect(loaded().parseSitemapName('people-3.xml')).toEqual({ kind: 'people', n: 3, gzip: false });
    expect(loaded().parseSitemapName('people-3.xml.gz')).toEqual({ kind: 'people', n: 3, gzip: true });
    expect(loaded().parseSitemapName('pages.xml.gz')).toEqual({ kind: 'pages', gzip: true });
  });

  it('streams a well-formed urlset', async () => {
    const text = await new Response(sitemapUrlsetStream('https://b.test', await loaded().sitemapUrls('films', 0))).text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text.trim().endsWith('</urlset>')).toBe(true);
    expect(text.match(/<url>/g)).toHaveLength(15);
    expect(text).toMatch(/<loc>https:\/\/b\.test\/films\/sinners<\/loc><lastmod>\d{4}-/);
  });
});
