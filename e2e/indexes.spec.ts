import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

test.describe('the critics and people indexes', () => {
  test('the navigation’s Critics leads to /reviewers: every critic with a count, a bio and their latest review', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Critics' }).click();
    await expect(page).toHaveURL(/\/reviewers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Critics' })).toBeVisible();
    const mulder = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mulder' }) });
    await expect(mulder.getByText(/^\d+ reviews?$/)).toBeVisible();
    await expect(mulder.getByText(/^Latest:/)).toBeVisible();
    await mulder.getByRole('link', { name: 'Mulder' }).click();
    await expect(page).toHaveURL(/\/reviewers\/mulder$/);
    await page.goto('/reviewers');
    await expectNoAxeViolations(page);
  });

  test('/people lists everyone credited, and its search finds people', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Len Wiseman' })).toBeVisible();
    await expectNoAxeViolations(page);
    const search = page.getByRole('search', { name: 'Search people' });
    await search.getByLabel('Search people').fill('wiseman');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?kind=people&q=wiseman/);
    await expect(page.getByRole('link', { name: /Len Wiseman/ }).first()).toBeVisible();
  });

  test('the film page shows the year beside the title', async ({ page }) => {
    await page.goto('/films/from-the-world-of-john-wick-ballerina');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.locator('..')).toContainText('2025');
  });
});

test.describe('the film page for readers', () => {
  const BALLERINA = '/films/from-the-world-of-john-wick-ballerina';

  test('several reviews get a table of contents, and each review its own permanent address', async ({ page }) => {
    await page.goto(BALLERINA);
    const toc = page.getByRole('navigation', { name: 'Reviews of this film' });
    await expect(toc.getByRole('link', { name: 'Mulder’s Review' })).toHaveAttribute('href', /^#review-\d+$/);
    await page.getByRole('link', { name: 'Permalink to Mulder’s review' }).click();
    await expect(page).toHaveURL(new RegExp(`${BALLERINA}/mulder$`));
    await expect(page).toHaveTitle(/Mulder’s review of .*Ballerina/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Mulder’s review of .*Ballerina/);
    await expect(page.getByRole('article', { name: 'Mulder’s Review' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect((await page.request.get(`${BALLERINA}/nobody`)).status()).toBe(404);
  });

  test('a film page suggests more by its director and films sharing cast or genre', async ({ page }) => {
    await page.goto('/films/dune-part-two');
    const more = page.getByRole('region', { name: 'More by Denis Villeneuve' });
    await expect(more.getByRole('link', { name: /Dune: Part Three/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sharing cast or genre' }).getByRole('listitem').first()).toBeVisible();
  });
});
