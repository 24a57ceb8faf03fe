import { expect, type Browser, type TestInfo } from '@playwright/test';
import { slugify } from '../../lib/slug';
import { sessionAs } from './auth';

export type TestFilm = { title: string; originalTitle: string; slug: string };

/**
 * A film no critic has reviewed yet, created by the editor through the admin form. Review-desk
 * journeys start from one each, so a retry (or a second run against the same database) starts
 * clean instead of finding the half-finished review of the previous attempt.
 */
export async function freshFilm(browser: Browser, testInfo: TestInfo, name: string): Promise<TestFilm> {
  const tag = `${testInfo.retry}${testInfo.repeatEachIndex}${Date.now().toString(36).slice(-4)}`;
  const title = `${name} ${tag}`;
  const originalTitle = `${name} (titre original) ${tag}`;
  const { context, page } = await sessionAs(browser, 'editor');
  await page.goto('/admin/films/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Original title').fill(originalTitle);
  await page.getByLabel('Synopsis').fill(`A film made for the test “${testInfo.title}”.`);
  await page.getByRole('button', { name: 'Create film' }).click();
  await expect(page).toHaveURL(/\/admin\/films\/\d+\?created=1$/);
  await context.close();
  return { title, originalTitle, slug: slugify(title) };
}
