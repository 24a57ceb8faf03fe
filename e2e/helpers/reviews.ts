import { expect, type Page } from '@playwright/test';
import type { TestFilm } from './films';

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens a new review of the film from the dashboard, finding it by `search` in the Film box. */
export async function startReview(page: Page, film: TestFilm, search = film.title) {
  await page.goto('/admin');
  await page.getByRole('link', { name: 'New review' }).click();
  await page.getByLabel('Film').fill(search);
  await page.getByRole('option', { name: new RegExp(escapeRegExp(film.title)) }).click();
  await expect(page).toHaveURL(/\/admin\/reviews\/\d+$/);
  await expect(page.getByRole('textbox', { name: 'Review text' })).toBeVisible();
}

/** Types at the end of the review text. */
export async function typeReview(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Review text' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}
