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
