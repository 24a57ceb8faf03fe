/**
 * The catalogue journey: an editor creates a film with credits (one person found, one created)
 * and a poster, the public page shows them, hostile uploads are refused, a renamed slug redirects,
 * and a reviewer cannot open the catalogue.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { slugify } from '../lib/slug';
import { sessionAs, signIn } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { linkedId, redirectPath } from './helpers/lookup';
import { uniqueTag } from './helpers/unique';

async function pngPoster(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 600, channels: 3, background: '#a4161a' } })
    .composite([{ input: Buffer.from('<svg width="400" height="600"><circle cx="200" cy="300" r="120" fill="#fff"/></svg>'), top: 0, left: 0 }])
    .png()
    .toBuffer();
}

async function addCredit(page: Page, role: string, typed: string, option: string | RegExp) {
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  const picker = page.getByRole('combobox', { name: 'Add a person' });
  await picker.fill(typed);
  await page.getByRole('option', { name: option }).click();
  await expect(picker).toHaveValue('');
}

test.describe('film catalogue', () => {
  // One journey in steps: later tests edit the film the first one creates. The first step (a
  // full form, two submissions and a poster upload) can outlast the default 60 s on a busy machine.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  // A film and a person of its own on every attempt (a retry reruns the whole journey against
  // the same database, where the previous attempt's film still holds its title and addresses).
  let title: string;
  let slug: string;
  let nova: string;
  let novaSlug: string;
  test.beforeAll(({}, testInfo) => {
    const tag = uniqueTag(testInfo);
    title = `The Catalogue Test ${tag}`;
    slug = slugify(title);
    nova = `Nova Newcomer ${tag}`;
    novaSlug = slugify(nova);
  });

  test('an editor creates a film with credits and a poster; the public page shows them', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/films');
    await expect(page.getByRole('heading', { name: 'Films' })).toBeVisible();
    await page.getByRole('link', { name: 'New film' }).click();
    await expect(page).toHaveURL(/\/admin\/films\/new$/);

    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Original title').fill('Le Test du catalogue');
    await page.getByLabel('Synopsis').fill('An editor adds a film from scratch.');
    await page.getByLabel('Running time (minutes)').fill('97');
    await page.getByLabel('Age rating').fill('PG-13');

    // One existing person, found by search, and one created inline.
    await addCredit(page, 'cast', 'Keanu', 'Keanu Reeves');
    await addCredit(page, 'director', nova, `Create person “${nova}”`);
    await page.getByLabel('Character played by Keanu Reeves').fill('The Archivist');

    await page.getByRole('button', { name: '+ Add release' }).click();
    await page.getByLabel('Country of release 1').selectOption('FR');
    await page.getByLabel('Date of release 1').fill('2025-09-17');

    // A bad running time is refused next to its field, and nothing typed is lost.
    await page.getByLabel('Running time (minutes)').fill('-5');
    await page.getByRole('button', { name: 'Create film' }).click();
    await expect(page.locator('#runtimeMinutes-error')).toHaveText('A running time is at least 1 minute.');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
    await expect(page.getByLabel('Character played by Keanu Reeves')).toHaveValue('The Archivist');
    await page.getByLabel('Running time (minutes)').fill('97');

    await page.getByLabel('Poster image').setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: await pngPoster() });
    await page.getByRole('button', { name: 'Create film' }).click();
    await expect(page).toHaveURL(/\/admin\/films\/\d+\?created=1$/);
    await expect(page.getByText('Film created.')).toBeVisible();

    await page.goto(`/films/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const credits = page.getByRole('region', { name: /credits/ }).or(page.locator('section[aria-labelledby="credits-heading"]'));
    await expect(credits.getByRole('link', { name: nova })).toBeVisible();
    await expect(credits.getByRole('link', { name: 'Keanu Reeves' })).toBeVisible();
    await expect(credits.getByText('as The Archivist')).toBeVisible();
    const poster = page.getByRole('img', { name: `Poster of ${title}` });
    await expect(poster).toBeVisible();
    expect(await poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const src = await poster.getAttribute('src');
    const variant = await page.request.get(src!);
    expect(variant.status()).toBe(200);
    expect(variant.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(variant.headers()['content-type']).toBe('image/webp');

    // The new film reaches the rest of the public site at once.
    await page.goto('/films?sort=title');
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/people/${novaSlug}`);
    await expect(page.getByRole('heading', { level: 1, name: nova })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Director' }).getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/search?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
    await page.goto(`/search?q=${encodeURIComponent(nova)}`);
    await expect(page.getByRole('link', { name: nova }).first()).toBeVisible();
  });

  test('hostile and oversized uploads are refused with a message, and nothing changes', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto(`/admin/films?q=${encodeURIComponent(title)}`);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const before = await page.getByRole('img', { name: `Poster of ${title}` }).getAttribute('src');

    await page.getByLabel('Synopsis').fill('This change must not be saved.');
    await page.getByLabel('Replace poster').setInputFiles({
      name: 'poster.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<script>alert("pwned")</script>\n'),
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('#poster-error')).toContainText('not a JPEG, PNG or WebP image');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing was saved' })).toBeVisible();
    await expect(page.getByLabel('Synopsis')).toHaveValue('This change must not be saved.');

    await page.getByLabel('Replace poster').setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(12 * 1024 * 1024, 1),
    });
    await expect(page.locator('#poster-error')).toContainText('a poster is at most 8 MB');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('#poster-error')).toContainText('a poster is at most 8 MB');

    // The same with the browser's check defeated: the server refuses the 48 MB body itself, and
    // the editor still answers with a message instead of an error page.
    const huge = path.join(mkdtempSync(path.join(tmpdir(), 'bobine-e2e-')), 'huge.jpg');
    writeFileSync(huge, Buffer.alloc(48 * 1024 * 1024, 1));
    await page.getByLabel('Replace poster').setInputFiles(huge);
    await page.evaluate(() => Object.defineProperty(File.prototype, 'size', { get: () => 1 }));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('#poster-error')).toContainText('at most 8 MB', { timeout: 30_000 });
    await expect(page.getByRole('heading', { name: title })).toBeVisible();

    await page.goto(`/films/${slug}`);
    await expect(page.getByText('An editor adds a film from scratch.')).toBeVisible();
    expect(await page.getByRole('img', { name: `Poster of ${title}` }).getAttribute('src')).toBe(before);
  });

  test('credits reorder from the keyboard and by dragging; a renamed slug answers the old address with a 308', async ({ page, request }) => {
    await signIn(page, 'editor');
    await page.goto(`/admin/films?q=${encodeURIComponent(title)}`);
    await page.getByRole('link', { name: title }).click();

    await addCredit(page, 'cast', 'Ana de', 'Ana de Armas');
    await page.getByRole('button', { name: 'Move Ana de Armas up in Actor' }).focus();
    await page.keyboard.press('Enter');
    const cast = page.getByRole('group', { name: 'Actor' }).getByRole('listitem');
    await expect(cast.first()).toContainText('Ana de Armas');

    // With the pointer: drag Ana by her grip below Keanu, then back above him.
    const row = (name: string) => cast.filter({ hasText: name });
    await row('Ana de Armas').locator('[data-drag-grip]').dragTo(row('Keanu Reeves'));
    await expect(cast.first()).toContainText('Keanu Reeves');
    await expect(cast.nth(1)).toContainText('Ana de Armas');
    // A row never leaves its group: a director dropped on an actor stays a director.
    await page.getByRole('group', { name: 'Director' }).getByRole('listitem').first().locator('[data-drag-grip]').dragTo(row('Keanu Reeves'));
    await expect(cast).toHaveCount(2);
    await row('Ana de Armas').locator('[data-drag-grip]').dragTo(row('Keanu Reeves'));
    await expect(cast.first()).toContainText('Ana de Armas');

    await page.getByLabel('Slug').fill(`${slug}-renamed`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(`/films/${slug} now redirects here`);

    const old = await request.get(`/films/${slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(redirectPath(old)).toBe(`/films/${slug}-renamed`);

    await page.goto(`/films/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/films/${slug}-renamed$`));
    const names = await page.locator('section[aria-labelledby="credits-heading"] li a').allTextContents();
    expect(names).toContain('Ana de Armas');
    expect(names).toContain('Keanu Reeves');
    expect(names.indexOf('Ana de Armas')).toBeLessThan(names.indexOf('Keanu Reeves'));
  });

  test('people: search, a renamed address redirects, and deleting someone who is credited is refused', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/people');
    await page.getByRole('searchbox', { name: 'Search people' }).fill(nova);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: nova }).click();

    await page.getByLabel('Slug').fill(`${novaSlug}-jr`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(`/people/${novaSlug} now redirects here`);
    const old = await page.request.get(`/people/${novaSlug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(redirectPath(old)).toBe(`/people/${novaSlug}-jr`);

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Delete person' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is credited on a film' })).toBeVisible();
  });

  test('the catalogue screens pass an axe-core audit', async ({ page }) => {
    // Seven full audits, one of them over the long film editor.
    test.setTimeout(180_000);
    await signIn(page, 'editor');
    const film = await linkedId(page, '/admin/films', /^\/admin\/films\/(\d+)$/);
    const person = await linkedId(page, '/admin/people', /^\/admin\/people\/(\d+)$/);
    const company = await linkedId(page, '/admin/companies', /^\/admin\/companies\/(\d+)$/);
    for (const path of ['/admin/films', '/admin/films/new', `/admin/films/${film}`, '/admin/people', `/admin/people/${person}`, '/admin/companies', `/admin/companies/${company}`]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });

  test('a reviewer gets 403 on the catalogue', async ({ browser }) => {
    const reviewer = await sessionAs(browser, 'mulder');
    for (const path of ['/admin/films', '/admin/films/new', '/admin/people', '/admin/companies']) {
      const response = await reviewer.page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await expect(reviewer.page.getByRole('link', { name: 'Films' })).toHaveCount(0);
    await reviewer.context.close();
  });
});
