import { expect, test } from '@playwright/test';
import { sessionAs, signIn } from './helpers/auth';
import { freshFilm } from './helpers/films';
import { startReview, typeReview } from './helpers/reviews';
import { uniqueTag } from './helpers/unique';

test('the author is told in the inbox, and the editor decides from the queue’s side panel', async ({ page, browser }, testInfo) => {
  // Four people sign in (the film's editor, the admin who opens the critic's account, the critic, the desk).
  test.setTimeout(180_000);
  const film = await freshFilm(browser, testInfo, 'Inbox');
  // A critic of our own, so that nobody else's test puts anything in this inbox meanwhile.
  const critic = { email: `inbox.critic.${uniqueTag(testInfo)}@bobine.test`, password: 'inbox-critic-pass-1' };
  const admin = await sessionAs(browser, 'admin');
  await admin.page.goto('/admin/staff/new');
  await admin.page.getByLabel('Name', { exact: true }).fill('Ingrid Inbox');
  await admin.page.getByLabel('Email').fill(critic.email);
  await admin.page.getByLabel('Set a temporary password').check();
  await admin.page.getByLabel('Temporary password', { exact: true }).fill(critic.password);
  await admin.page.getByRole('button', { name: 'Create account' }).click();
  await expect(admin.page.getByText(`Account created for ${critic.email}.`)).toBeVisible();
  await admin.context.close();

  await signIn(page, critic);
  const nav = page.getByRole('navigation', { name: 'Staff' });
  await expect(nav.getByRole('link', { name: 'Dashboard', exact: true })).toBeVisible();
  await startReview(page, film);
  await typeReview(page, 'A first cut that stops too soon.');
  await page.getByLabel('Mark').fill('7');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { level: 1 }).getByText('In review')).toBeVisible();
  const reviewUrl = page.url();

  // The editor finds it in the queue and sends it back from the side panel.
  const editor = await sessionAs(browser, 'editor');
  await editor.page.goto('/admin/queue');
  await editor.page.getByRole('search', { name: 'Filter the queue' }).getByLabel('Search').fill(film.title);
  await editor.page.getByRole('button', { name: 'Filter' }).click();
  await editor.page.getByRole('link', { name: film.title }).click();
  const panel = editor.page.getByRole('region', { name: film.title });
  await expect(panel.getByText('A first cut that stops too soon.')).toBeVisible();
  await expect(panel.getByText('The first time you read it')).toBeVisible();
  await panel.getByLabel('Message to the author').fill('Say how it ends.');
  await panel.getByRole('button', { name: 'Request changes' }).click();
  await expect(panel.getByText('Changes requested', { exact: true })).toBeVisible();

  // The author's navigation counts it, and the inbox says it. (The count is hidden text after the
  // badge: the browser may put a space before its comma.)
  await page.goto('/admin');
  await expect(nav.getByRole('link', { name: /^Dashboard\s*,\s*1 unread$/ })).toBeVisible();
  const inbox = page.getByRole('list', { name: 'Inbox' });
  await expect(inbox.getByRole('listitem').filter({ hasText: `Eddie Editor requested changes to your review of ${film.title}` })).toBeVisible();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(nav.getByRole('link', { name: 'Dashboard', exact: true })).toBeVisible();

  // The author answers and resubmits; the editor reads only what changed, and approves in place.
  await page.goto(reviewUrl);
  await expect(page.getByText('Say how it ends.')).toBeVisible();
  await typeReview(page, ' It ends in the rain.');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('heading', { level: 1 }).getByText('In review')).toBeVisible();

  await editor.page.goto(editor.page.url());
  await expect(panel.getByRole('heading', { name: /Changes since you last read it \(#\d+ → #\d+\)/ })).toBeVisible();
  await expect(panel.locator('ins').filter({ hasText: 'rain' })).toBeVisible();
  await panel.getByRole('button', { name: 'Approve' }).click();
  await expect(panel.getByText('Approved', { exact: true })).toBeVisible();
  await expect(editor.page).toHaveURL(/\/admin\/queue\?/);

  await page.goto('/admin');
  await expect(nav.getByRole('link', { name: /^Dashboard\s*,\s*1 unread$/ })).toBeVisible();
  await expect(inbox.getByRole('listitem').filter({ hasText: `Eddie Editor approved your review of ${film.title}` })).toBeVisible();
  await editor.context.close();
});
