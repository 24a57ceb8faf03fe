import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ALONE, setClockOffset, setServerTime } from './helpers/clock';

const SEED = '/films/from-the-world-of-john-wick-ballerina';
const SEED_TITLE = 'From the World of John Wick: Ballerina';

/** The text of a `.gz` file (a sitemap file): gzip data, as a crawler gets it. */
async function gunzipped(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/gzip');
  return gunzipSync(await response.body()).toString('utf8');
}

/** Parses XML with the browser's DOMParser: the error element appears only when it is not well-formed. */
async function parseXml(page: Page, url: string) {
  let text: string;
  if (url.endsWith('.gz')) text = await gunzipped(page, url);
  else {
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    text = await response.text();
  }
  await page.goto('/');
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
    const texts = (tag: string) => Array.from(doc.getElementsByTagName(tag)).map((n) => n.textContent ?? '');
    return { error, root: doc.documentElement.nodeName, items: texts('item').length, links: texts('link'), titles: texts('title'), creators: texts('dc:creator'), descriptions: texts('description'), locs: texts('loc'), raw: xml };
  }, text);
}

test.describe('discovery', () => {
  test('a visitor filters /films by genre and by reviewer with the labelled controls', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Films' }).click();
    await expect(page).toHaveURL(/\/films$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible();
    // Other journeys may add films to the shared test database: at least the 15 demo films.
    await expect(page.getByRole('status')).toHaveText(/^\d+ films$/);
    expect(Number((await page.getByRole('status').textContent())!.split(' ')[0])).toBeGreaterThanOrEqual(15);

    await page.getByLabel('Genre').selectOption({ label: 'Horror' });
    await page.getByRole('button', { name: 'Show films' }).click();
    await expect(page).toHaveURL(/genre=horror/);
    const results = page.getByRole('region', { name: 'Results' });
    await expect(results.getByRole('link', { name: /Sinners/ })).toBeVisible();
    await expect(results.getByRole('link', { name: /The Substance/ })).toBeVisible();
    await expect(results.getByRole('listitem')).toHaveCount(2);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/films$/);
    await expect(page.getByLabel('Genre')).toHaveValue('');
    await page.getByLabel('Reviewer').selectOption({ label: 'Margaux' });
    await page.getByLabel('Sort by').selectOption({ label: 'Title' });
    await page.getByRole('button', { name: 'Show films' }).click();
    await expect(page).toHaveURL(/reviewer=margaux/);
    await expect(results.getByRole('link', { name: /Anatomy of a Fall/ })).toBeVisible();
    await expect(results.getByRole('link', { name: new RegExp(SEED_TITLE) })).toHaveCount(0);
    await expect(page.getByLabel('Reviewer')).toHaveValue('margaux');
  });

  test('a person page opens from the film page credits', async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole('region', { name: /credits/ }).getByRole('link', { name: 'Keanu Reeves' }).click();
    await expect(page).toHaveURL(/\/people\/keanu-reeves$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Keanu Reeves' })).toBeVisible();
    const actor = page.getByRole('region', { name: 'Actor' });
    const entry = actor.getByRole('listitem').filter({ has: page.getByRole('link', { name: SEED_TITLE }) });
    await expect(entry.getByText('as John Wick')).toBeVisible();
    await expect(entry.getByText('2025')).toBeVisible();
    await expect(entry.getByRole('img', { name: '3.8 out of 5 stars' })).toBeVisible();
    expect((await page.goto('/people/no-such-person'))?.status()).toBe(404);
  });

  test('a reviewer page shows the diary, the mark chart and the feed link', async ({ page }) => {
    await page.goto('/');
    await page.locator('#critics').getByRole('link', { name: 'Mulder' }).click();
    await expect(page).toHaveURL(/\/reviewers\/mulder$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mulder' })).toBeVisible();
    const diary = page.getByRole('region', { name: 'Diary' });
    await expect(diary.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', /\/films\/from-the-world-of-john-wick-ballerina#review-\d+$/);
    await expect(diary.getByText('May 28, 2025')).toBeVisible();
    await expect(diary.getByText('at the Grand Rex').first()).toBeVisible();
    const chart = page.getByRole('region', { name: 'Mark distribution' }).getByRole('img', { name: /Distribution of Mulder’s \d+ marks/ });
    await expect(chart).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mulder’s RSS feed' })).toHaveAttribute('href', '/reviewers/mulder/feed.xml');
    expect((await page.goto('/reviewers/nobody'))?.status()).toBe(404);
  });

  for (const q of ['Wiseman', 'ballerina', 'ballérina']) {
    test(`searching "${q}" from the header finds the film`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Search' }).fill(q);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/\/search\?q=/);
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
      if (q === 'Wiseman') {
        await page.getByRole('region', { name: /People/ }).getByRole('link', { name: 'Len Wiseman' }).click();
        await expect(page).toHaveURL(/\/people\/len-wiseman$/);
        await page.getByRole('link', { name: SEED_TITLE }).click();
      } else {
        const films = page.getByRole('region', { name: /Films/ });
        await expect(films.locator('mark').first()).toHaveText(/ballerina/i);
        await films.getByRole('link', { name: SEED_TITLE }).click();
      }
      await expect(page).toHaveURL(new RegExp(`${SEED}$`));
    });
  }

  test('feeds are valid RSS of published reviews, without spoiler text', async ({ page }) => {
    const site = await parseXml(page, '/feed.xml');
    expect(site.error).toBeNull();
    expect(site.root).toBe('rss');
    // The demo's 20 published reviews; other journeys may have published more since.
    expect(site.items).toBeGreaterThanOrEqual(20);
    expect(site.titles).toContain(`${SEED_TITLE} — Mulder’s review`);
    expect(site.links.some((l) => /\/films\/from-the-world-of-john-wick-ballerina#review-\d+$/.test(l))).toBe(true);
    expect(site.descriptions.some((d) => d.includes('★★★★☆ 4/5'))).toBe(true);
    // Sabine's Conclave review contains spoilers: only the fixed summary goes out.
    expect(site.raw).not.toContain('intersex');
    expect(site.descriptions.some((d) => d.includes('This review contains spoilers'))).toBe(true);

    const mulder = await parseXml(page, '/reviewers/mulder/feed.xml');
    expect(mulder.error).toBeNull();
    expect(mulder.items).toBeGreaterThan(0);
    expect(new Set(mulder.creators)).toEqual(new Set(['Mulder']));

    // Each item links to a review that is on the film page.
    const link = mulder.links.find((l) => l.includes('#review-'))!;
    const url = new URL(link);
    await page.goto(url.pathname);
    await expect(page.locator(url.hash)).toBeVisible();
    expect((await page.request.get('/reviewers/nobody/feed.xml')).status()).toBe(404);
  });

  test('the sitemap and robots.txt are there for search engines', async ({ page }) => {
    // An index of files of at most 50,000 addresses each; every file is a urlset with lastmod.
    const index = await parseXml(page, '/sitemap.xml');
    expect(index.error).toBeNull();
    expect(index.root).toBe('sitemapindex');
    const paths: string[] = [];
    for (const loc of index.locs) {
      const map = await parseXml(page, new URL(loc).pathname);
      expect(map.error).toBeNull();
      expect(map.root).toBe('urlset');
      paths.push(...map.locs.map((l) => new URL(l).pathname));
    }
    expect(new Set(paths).size).toBe(paths.length);
    // The index names gzip files (compressed once, not again by the response); each also answers as plain XML.
    const file = new URL(index.locs.at(-1)!).pathname;
    expect(file).toMatch(/\.xml\.gz$/);
    const plain = await page.request.get(file.replace(/\.gz$/, ''));
    expect(plain.headers()['content-type']).toContain('application/xml');
    expect(await plain.text()).toBe(await gunzipped(page, file));
    for (const p of ['/', '/films', SEED, '/people/len-wiseman', '/reviewers/mulder']) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('/admin'))).toBe(false);

    const robots = await (await page.request.get('/robots.txt')).text();
    expect(robots).toMatch(/Disallow: \/admin/);
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });

  test('the film page carries Movie JSON-LD, Open Graph tags and a share image', async ({ page }) => {
    await page.goto(SEED);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const ld = JSON.parse(json!);
    expect(ld['@type']).toBe('Movie');
    expect(ld.name).toBe(SEED_TITLE);
    expect(ld.director[0].name).toBe('Len Wiseman');
    expect(ld.aggregateRating).toMatchObject({ '@type': 'AggregateRating', ratingValue: 3.8, bestRating: 5, ratingCount: 2 });
    expect(ld.review).toHaveLength(2);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'video.movie');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const png = await page.request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  });

  test('the home page shows what is coming soon and the best marks', ALONE, async ({ page }) => {
    // The demo's two announced films open on 18 December 2026: look from three weeks before, and
    // from the week after, when they have moved to "Now in cinemas".
    try {
      setServerTime('2026-11-25T12:00:00Z');
      await page.goto('/');
      const soon = page.getByRole('region', { name: 'Coming soon' });
      await expect(soon.getByRole('link', { name: /Dune: Part Three/ })).toBeVisible();
      await expect(soon.getByRole('link', { name: /Avengers: Doomsday/ })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Best marked' }).getByRole('listitem').first()).toBeVisible();

      setServerTime('2026-12-23T12:00:00Z');
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Now in cinemas' }).getByRole('link', { name: /Dune: Part Three/ })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Coming soon' }).getByRole('link', { name: /Dune: Part Three/ })).toHaveCount(0);
    } finally {
      setClockOffset(0);
    }
  });

  for (const path of ['/films', '/people/len-wiseman', '/reviewers/mulder', '/search?q=wick']) {
    test(`${path} passes an axe-core audit`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
