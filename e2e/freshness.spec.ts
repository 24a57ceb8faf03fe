import { gunzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { sessionAs, signIn } from './helpers/auth';
import { ALONE, setClockOffset, siteLocalIn } from './helpers/clock';
import { freshFilm, type TestFilm } from './helpers/films';
import { uniqueTag } from './helpers/unique';

/**
 * Public pages are served from the full-route cache (lib/cache/public-pages.ts). Each test first
 * makes sure the pages are in the cache (a second anonymous request is a HIT), then makes a write,
 * and expects the very next anonymous request to every page that shows it to tell the truth.
 */

/** Anonymous GET, as a visitor or a proxy would make it. */
async function read(request: APIRequestContext, path: string): Promise<{ text: string; cache: string | undefined }> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  return { text: await response.text(), cache: response.headers()['x-nextjs-cache'] };
}

/**
 * Requests each cached page until the cache serves it, so that a later change must get past the
 * cache. For a few seconds after a write the pages it touched are rendered on every request
 * (RENDER_MARGIN_MS in lib/cache/public-pages.ts), hence the polling.
 */
async function warm(request: APIRequestContext, paths: string[]) {
  for (const path of paths) {
    // Only the home, film and person pages are cached; the others are rendered per request.
    if (path === '/' || /^\/(films|people)\/[^/?]+$/.test(path)) {
      await expect.poll(async () => (await read(request, path)).cache, { message: path, timeout: 20_000, intervals: [500] }).toBe('HIT');
    } else await read(request, path);
  }
}

async function sitemapText(request: APIRequestContext): Promise<string> {
  const index = await read(request, '/sitemap.xml');
  const files = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  // The index names gzip files (application/gzip, as crawlers fetch them).
  const texts = await Promise.all(
    files.map(async (f) => {
      const response = await request.get(f, { maxRedirects: 0 });
      expect(response.status(), f).toBe(200);
      return f.endsWith('.gz') ? gunzipSync(await response.body()).toString('utf8') : await response.text();
    }),
  );
  return texts.join('\n');
}

async function writeAndSubmit(page: Page, film: TestFilm, text: string) {
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New review' }).click();
  await page.getByLabel('Film').fill(film.title);
  await page.getByRole('option', { name: new RegExp(film.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await expect(page).toHaveURL(/\/admin\/reviews\/\d+$/);
  const editor = page.getByRole('textbox', { name: 'Review text' });
  await editor.click();
  await page.keyboard.type(text);
  await page.getByLabel('Mark').fill('8');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { level: 1 }).getByText('In review')).toBeVisible();
}

async function approve(desk: Page, url: string) {
  await desk.goto(url);
  await desk.getByRole('button', { name: 'Approve' }).click();
  await expect(desk.getByRole('heading', { level: 1 }).getByText('Approved')).toBeVisible();
}

test.describe('public pages are cached and never stale', ALONE, () => {
  // Whole journeys (write, approve, publish, edit, unpublish) with a dozen page checks each.
  test.describe.configure({ timeout: 180_000 });

  test('publish, edit a published review, unpublish: the next request shows each on every page', async ({ page, browser, request }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Freshness');
    const first = `First words ${uniqueTag(testInfo)}.`;
    const filmPage = `/films/${film.slug}`;
    await signIn(page, 'mulder');
    await writeAndSubmit(page, film, first);
    const reviewUrl = page.url();
    const desk = await sessionAs(browser, 'editor');
    await approve(desk.page, reviewUrl);

    await warm(request, ['/', filmPage, '/reviewers/mulder', '/feed.xml', '/sitemap.xml']);
    expect((await read(request, filmPage)).text).not.toContain(first);

    // Publish.
    await desk.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Published')).toBeVisible();
    expect((await read(request, filmPage)).text).toContain(first);
    expect((await read(request, '/')).text).toContain(film.title);
    expect((await read(request, '/reviewers/mulder')).text).toContain(film.title);
    expect((await read(request, '/feed.xml')).text).toContain(film.title);
    const searchWord = first.split(' ')[2]?.replace('.', '') ?? '';
    expect((await read(request, `/search?q=${encodeURIComponent(searchWord)}`)).text).toContain(film.title);
    expect(await sitemapText(request)).toContain(filmPage);

    // Edit the published review: the public keeps the live version until the new one is published.
    const second = `Second thoughts ${uniqueTag(testInfo)}.`;
    await warm(request, ['/', filmPage]);
    await page.goto(reviewUrl);
    const editor = page.getByRole('textbox', { name: 'Review text' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(` ${second}`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('heading', { level: 1 }).getByText('Draft')).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('heading', { level: 1 }).getByText('In review')).toBeVisible();
    expect((await read(request, filmPage)).text).toContain(first);
    expect((await read(request, filmPage)).text).not.toContain(second);
    await approve(desk.page, reviewUrl);
    await desk.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Published')).toBeVisible();
    expect((await read(request, filmPage)).text).toContain(second);

    // Unpublish.
    await warm(request, ['/', filmPage]);
    await desk.page.getByRole('button', { name: 'Unpublish' }).click();
    await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Draft')).toBeVisible();
    expect((await read(request, filmPage)).text).not.toContain(second);
    expect((await read(request, '/')).text).not.toContain(film.title);
    expect((await read(request, '/reviewers/mulder')).text).not.toContain(film.title);
    expect((await read(request, '/feed.xml')).text).not.toContain(film.title);
    await desk.context.close();
  });

  test('a scheduled review appears on the first request after its time, not before', async ({ page, browser, request }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Scheduled freshness');
    const words = `Scheduled words ${uniqueTag(testInfo)}.`;
    const filmPage = `/films/${film.slug}`;
    await signIn(page, 'sabine');
    await writeAndSubmit(page, film, words);
    const desk = await sessionAs(browser, 'editor');
    await approve(desk.page, page.url());
    await desk.page.getByLabel(/Publication date and time/).fill(siteLocalIn(2));
    await desk.page.getByRole('button', { name: 'Schedule' }).click();
    await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Scheduled')).toBeVisible();
    await desk.context.close();

    await warm(request, ['/', filmPage]);
    expect((await read(request, filmPage)).text).not.toContain(words);
    try {
      // Half a minute later: still before its time, and the cached pages are still served.
      setClockOffset(30_000);
      const early = await read(request, filmPage);
      expect(early.text).not.toContain(words);
      // Past its time: the very next request shows it, on the film page and the home page.
      setClockOffset(3 * 60_000);
      expect((await read(request, filmPage)).text).toContain(words);
      expect((await read(request, '/')).text).toContain(film.title);
    } finally {
      setClockOffset(0);
    }
  });

  test('a catalogue edit shows on the film page and the home page at once', async ({ page, browser, request }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Renamed');
    const words = `Catalogue words ${uniqueTag(testInfo)}.`;
    const filmPage = `/films/${film.slug}`;
    await signIn(page, 'margaux');
    await writeAndSubmit(page, film, words);
    const desk = await sessionAs(browser, 'editor');
    await approve(desk.page, page.url());
    await desk.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Published')).toBeVisible();

    await warm(request, ['/', filmPage]);
    const synopsis = `A synopsis rewritten ${uniqueTag(testInfo)}.`;
    await desk.page.goto(`/admin/films?q=${encodeURIComponent(film.title)}`);
    await desk.page.getByRole('link', { name: film.title }).click();
    await desk.page.getByLabel('Synopsis').fill(synopsis);
    await desk.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(desk.page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
    expect((await read(request, filmPage)).text).toContain(synopsis);
    await desk.context.close();
  });
});
