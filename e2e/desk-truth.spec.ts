/**
 * The screen tells the truth (issue 12): after every save and workflow event the badge, the buttons
 * and the dashboard show the stored state without a reload; errors sit by their field and a success
 * clears them; what the viewer may not change is not a control; a closed tab's soft lock goes away.
 */
import { expect, test, type Page } from '@playwright/test';
import { callServerAction } from './helpers/actions';
import { sessionAs, signIn } from './helpers/auth';
import { ALONE, setClockOffset, siteLocalIn } from './helpers/clock';
import { freshFilm, type TestFilm } from './helpers/films';
import { startReview, typeReview } from './helpers/reviews';




/** A review written and submitted by `page`'s critic, with a mark of 7 (3.5/5). */
async function submittedReview(page: Page, film: TestFilm, text: string) {
  await startReview(page, film);
  await typeReview(page, text);
  await page.getByLabel('Mark').fill('7');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(badge(page)).toHaveText('In review');
  return page.url();
}

const badge = (page: Page) => page.getByRole('heading', { level: 1 }).locator('span').last();
const lockBanner = (page: Page) => page.getByRole('status').filter({ hasText: 'is editing this review right now' });
/** Error messages above the workflow buttons (Next.js's route announcer is an alert too). */
const workflowAlerts = (page: Page) => page.getByRole('region', { name: 'Workflow' }).getByRole('alert');

test.describe('the desk tells the truth', () => {
  // Each journey signs in two people and walks a review through several steps.
  test.describe.configure({ timeout: 150_000 });

  test('editing a published review shows Draft and the author’s buttons at once, and on the dashboard', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Truth published');
    await signIn(page, 'mulder');
    const url = await submittedReview(page, film, 'A film about a lighthouse.');
    const desk = await sessionAs(browser, 'editor');
    await desk.page.goto(url);
    await desk.page.getByRole('button', { name: 'Approve' }).click();
    await expect(badge(desk.page)).toHaveText('Approved');
    await desk.page.getByRole('button', { name: 'Publish' }).click();
    await expect(badge(desk.page)).toHaveText('Published');
    await desk.context.close();

    await page.reload();
    await expect(badge(page)).toHaveText('Published');
    await expect(page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
    // An autosave (no button pressed) makes the working copy a draft: the screen follows it.
    await typeReview(page, ' A late thought on the foghorn.');
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d{2}:\d{2}$/, { timeout: 15_000 });
    await expect(badge(page)).toHaveText('Draft');
    await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
    await expect(page.getByText('the live version stays public until this new version is published')).toBeVisible();
    // The dashboard, reached without a reload, lists it among the drafts.
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('link', { name: film.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Published' }).getByRole('link', { name: film.title })).toHaveCount(0);
  });

  test('an editor requesting changes and scheduling sees errors by their field, cleared by a success, and only the desk’s buttons', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Truth changes');
    await signIn(page, 'sabine');
    const url = await submittedReview(page, film, 'Two hours in a lift, and not a minute too many.');

    const desk = await sessionAs(browser, 'editor');
    const e = desk.page;
    await e.goto(url);
    // Someone else's submission: no Withdraw (the author's), no Submit.
    await expect(e.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);
    await expect(e.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
    await e.getByRole('button', { name: 'Request changes' }).click();
    const message = e.getByLabel('Message to the author');
    await expect(message).toHaveAccessibleDescription('Tell the author what to change.');
    await expect(workflowAlerts(e)).toHaveCount(0);
    await message.fill('The lift needs a name.');
    await e.getByRole('button', { name: 'Request changes' }).click();
    await expect(badge(e)).toHaveText('Changes requested');
    await expect(e.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
    await expect(e.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);
    // The earlier error is gone with the success (the form itself too: nothing more to request).
    await expect(e.getByText('Tell the author what to change.')).toHaveCount(0);
    await expect(e.getByTestId('save-status')).not.toContainText('Not saved');
    await expect(workflowAlerts(e)).toHaveCount(0);

    // The author resubmits; the editor approves and schedules, first in the past.
    await page.reload();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(badge(page)).toHaveText('In review');
    await e.reload();
    await e.getByRole('button', { name: 'Approve' }).click();
    await expect(badge(e)).toHaveText('Approved');
    const when = e.getByLabel(/Publication date and time/);
    await when.fill(siteLocalIn(-60));
    await e.getByRole('button', { name: 'Schedule' }).click();
    await expect(when).toHaveAccessibleDescription('Choose a time in the future, or publish now.');
    await expect(when).toHaveAttribute('aria-invalid', 'true');
    await expect(workflowAlerts(e)).toHaveCount(0);
    await expect(e.getByTestId('save-status')).not.toContainText('Not saved');
    await when.fill(siteLocalIn(120));
    await e.getByRole('button', { name: 'Schedule' }).click();
    await expect(badge(e)).toHaveText('Scheduled');
    await expect(e.getByText(/^Goes live on/)).toBeVisible();
    await expect(e.getByTestId('save-status')).not.toContainText('Not saved');
    // The zone is named once, in the desk's sidebar.
    await expect(e.getByText(/^Times in Europe\/Paris/)).toHaveCount(1);
    await desk.context.close();
  });

  test('an author whose review is in review cannot change its mark; the desk still can', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Truth stars');
    await signIn(page, 'mulder');
    const url = await submittedReview(page, film, 'Stars that should stay where they are.');
    await page.goto(url);
    const mark = page.getByRole('group', { name: 'Mark' });
    await expect(mark).toContainText('3.5/5');
    await expect(page.getByRole('slider', { name: 'Mark' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Clear mark' })).toHaveCount(0);
    // Clicking where the fifth star is changes nothing.
    const box = (await mark.locator('svg').last().boundingBox())!;
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await expect(mark).toContainText('3.5/5');
    await expect(page.getByRole('textbox', { name: 'Review text' })).toHaveAttribute('contenteditable', 'false');
    await expect(page.getByLabel('Seen on')).toBeDisabled();
    await expect(page.getByTestId('save-status')).toHaveText('Read only');

    // Editors edit any review (PRODUCT.md): for them the mark is a control.
    const desk = await sessionAs(browser, 'editor');
    await desk.page.goto(url);
    await expect(desk.page.getByRole('slider', { name: 'Mark' })).toBeVisible();
    await desk.context.close();
  });

  test('a soft lock whose page went away without a word is gone within 30 s', ALONE, async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Truth lock');
    await signIn(page, 'mulder');
    await startReview(page, film);
    const at = new URL(page.url()).pathname;
    const reviewId = Number(at.split('/').pop());
    // Mulder's tab crashes: its last heartbeat stays, and nothing releases it.
    await page.goto('/admin');
    const r = await callServerAction(page, at, 'app/admin/reviews/actions.ts', 'lockAction', [reviewId, true]);
    expect(r.status()).toBe(200);

    const desk = await sessionAs(browser, 'editor');
    await desk.page.goto(at);
    await expect(lockBanner(desk.page)).toContainText('Fox Mulder');
    try {
      // 21 s later for the server (the test clock): past the 20 s expiry, and the editor's page
      // learns it at its next heartbeat (8 s), so within 30 s of the crash.
      setClockOffset(21_000);
      await expect(lockBanner(desk.page)).toHaveCount(0, { timeout: 12_000 });
    } finally {
      setClockOffset(0);
    }
    await desk.context.close();
  });

  test('closing the editor frees its soft lock at once', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Truth close');
    await signIn(page, 'mulder');
    await startReview(page, film);
    const url = page.url();
    const desk = await sessionAs(browser, 'editor');
    await desk.page.goto(url);
    await expect(lockBanner(desk.page)).toContainText('Fox Mulder');
    // No clock moved: only the beacon sent on pagehide can free it before the editor's next beats.
    await page.close();
    await expect(lockBanner(desk.page)).toHaveCount(0, { timeout: 12_000 });
    await desk.context.close();
  });
});
