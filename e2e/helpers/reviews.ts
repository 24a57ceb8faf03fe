import { expect, type Browser, type Page } from '@playwright/test';
import { sessionAs } from './auth';
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

/** The desk approves and publishes a submitted review, in an editor's own session (closed after). */
export async function approveAndPublish(browser: Browser, reviewUrl: string) {
  const desk = await sessionAs(browser, 'editor');
  await desk.page.goto(reviewUrl);
  await desk.page.getByRole('button', { name: 'Approve' }).click();
  await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Approved')).toBeVisible();
  await desk.page.getByRole('button', { name: 'Publish' }).click();
  await expect(desk.page.getByRole('heading', { level: 1 }).getByText('Published')).toBeVisible();
  await desk.context.close();
}
