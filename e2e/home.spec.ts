import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

test('the home page lists the latest reviews and films', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Bobine' }).first()).toBeVisible();
  await expect(page.getByText('Latest review', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Films' })).toBeVisible();
  const films = page.locator('#films').getByRole('listitem');
  expect(await films.count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole('heading', { name: 'Our critics' })).toBeVisible();
  for (const critic of ['Mulder', 'Sabine', 'Margaux']) {
    await expect(page.locator('#critics').getByText(critic, { exact: true })).toBeVisible();
  }
  // The home page shows the most prolific few; the whole masthead is one link away.
  expect(await page.locator('#critics').getByRole('listitem').count()).toBeLessThanOrEqual(6);
  await expect(page.locator('#critics').getByRole('link', { name: 'All critics' })).toHaveAttribute('href', '/reviewers');
  await expect(page.getByRole('contentinfo')).toBeVisible();
});

// The newest releases come first, and other journeys add films with recent release dates: which
// films are listed depends on what ran before, so the tests take whichever film comes first.
test('a film on the home page leads to its film page', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('#films').getByRole('listitem').first().getByRole('link').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/films\/[a-z0-9-]+$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the home page passes an axe-core audit', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
});

test('an unknown address gets the site 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the health endpoint answers when the database does', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  expect(response.headers()['cache-control']).toContain('no-store');
});
