import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

const SEED = '/films/from-the-world-of-john-wick-ballerina';

test.describe('the seed film page', () => {
  test('shows the header fields of the model page', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole('heading', { level: 1, name: 'From the World of John Wick: Ballerina' })).toBeVisible();
    const header = page.locator('main header').first();
    await expect(header.getByText('Original title', { exact: true })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Len Wiseman' })).toHaveAttribute('href', '/people/len-wiseman');
    await expect(header.getByText('Cinema', { exact: true })).toBeVisible();
    await expect(header.getByText('125 minutes')).toBeVisible();
    await expect(header.getByText('2 h 05')).toBeVisible();
    await expect(header.getByText('Release date', { exact: true })).toBeVisible();
    await expect(header.getByText('June 4, 2025')).toBeVisible();
    // Rating: average of Mulder's 8 and Sabine's 7 = 7.5 → 3.8/5.
    await expect(header.getByText('Rating', { exact: true })).toBeVisible();
    await expect(header.getByText('3.8/5')).toBeVisible();
    await expect(header.getByRole('img', { name: '3.8 out of 5 stars' })).toBeVisible();
    await expect(
      page.getByText(
        'Set during John Wick: Parabellum, Ballerina follows the relentless revenge of Eve Macarro, the new assassin of the Ruska Roma organization.',
      ),
    ).toBeVisible();
  });

  test('shows each published review in full with its viewing line and mark', async ({ page }) => {
    await page.goto(SEED);
    const mulder = page.getByRole('article', { name: 'Mulder’s Review' });
    await expect(mulder.getByRole('heading', { name: 'Mulder’s Review' })).toBeVisible();
    await expect(mulder.getByText(/^There’s something exhilarating|^There's something exhilarating/)).toBeVisible();
    await expect(mulder.getByText('Ballerina is the pirouette that pierces the noise.', { exact: false })).toBeVisible();
    await expect(mulder.getByText('Seen on May 28, 2025 at the Grand Rex')).toBeVisible();
    await expect(mulder.getByText('Mulder’s Mark:')).toBeVisible();
    await expect(mulder.locator('footer').getByText('4/5')).toBeVisible();

    const sabine = page.getByRole('article', { name: 'Sabine’s Review' });
    await expect(sabine.getByText(/^February 2024: The release date of Ballerina is postponed/)).toBeVisible();
    await expect(sabine.getByText('Seen on May 21, 2025 at the Metropolitan FilmExport')).toBeVisible();
    await expect(sabine.getByText('Sabine’s Mark:')).toBeVisible();
    await expect(sabine.locator('footer').getByText('3.5/5')).toBeVisible();
  });

  test('shows the whole credits block', async ({ page }) => {
    await page.goto(SEED);
    const credits = page.getByRole('region', { name: /credits/ });
    const row = (heading: string) => credits.locator('dt', { hasText: heading }).locator('xpath=following-sibling::dd[1]');
    await expect(row('Directed by')).toHaveText('Len Wiseman');
    await expect(row('Written by')).toHaveText('Shay Hatten');
    await expect(row('Based on Characters by')).toHaveText('Derek Kolstad');
    await expect(row('Produced by')).toHaveText('Basil Iwanyk, Erica Lee, Chad Stahelski');
    const cast = row('Starring').getByRole('listitem');
    await expect(cast).toHaveText([
      'Ana de Armas as Eve Macarro',
      'Anjelica Huston as The Director',
      'Gabriel Byrne as The Chancellor',
      'Lance Reddick as Charon',
      'Norman Reedus as Daniel Pine',
      'Ian McShane as Winston',
      'Keanu Reeves as John Wick',
    ]);
    await expect(row('Cinematography')).toHaveText('Romain Lacourbas');
    await expect(row('Edited by')).toHaveText('Jason Ballantine');
    await expect(row('Music by')).toHaveText('Tyler Bates, Joel J. Richard');
    await expect(row('Production companies')).toHaveText('Summit Entertainment, Thunder Road Films, 87North Productions');
    await expect(row('Distributed by')).toHaveText('Lionsgate');
    await expect(row('Release dates')).toContainText('June 4, 2025 (France)');
    await expect(row('Release dates')).toContainText('June 6, 2025 (United States)');
    await expect(row('Running time')).toHaveText('125 minutes');
  });

  test('passes an axe-core audit', async ({ page }) => {
    await page.goto(SEED);
    await expectNoAxeViolations(page);
  });

  test('answers 404 with a proper page for an unknown film', async ({ page }) => {
    const response = await page.goto('/films/no-such-film-anywhere');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'This film is not in our catalogue' })).toBeVisible();
  });
});
