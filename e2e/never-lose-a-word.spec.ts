/**
 * Every way a writer could lose text in the review editor, each ending with every typed word either
 * stored or offered back: a side field that breaks a rule, the network dropping while typing, the
 * tab dying between two autosaves. (Two people saving the same draft: review-desk.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { freshFilm } from './helpers/films';
import { startReview, typeReview } from './helpers/reviews';




const SAVED = /^Saved \d{2}:\d{2}$/;
const status = (page: Page) => page.getByRole('status').and(page.getByTestId('save-status'));
/** What this browser keeps of unsaved reviews. */
const keptOnDevice = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('bobine.review-copy'))
      .map((k) => localStorage.getItem(k))
      .join('\n'),
  );

test.describe('never lose a word', () => {
  test('a side field that breaks a rule is shown at once and never stops the text from being saved', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Long venue');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await typeReview(page, 'Written before the venue.');
    const longVenue = 'The very long name of a cinema '.repeat(10);
    await page.getByLabel('Venue').fill(longVenue);
    await page.getByLabel('Seen on').fill('2099-01-01');
    // The rules show next to their fields as soon as the values are typed.
    await expect(page.getByLabel('Venue')).toHaveAccessibleDescription(/Use at most 120 characters\./);
    await expect(page.getByLabel('Seen on')).toHaveAccessibleDescription('The viewing date cannot be in the future.');
    await typeReview(page, ' Every word after it counts too.');
    await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });

    // Submitting is where the rules are enforced: refused, the messages stay by the fields, the text stays stored.
    await page.getByLabel('Mark').fill('7');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'correct the fields marked below' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }).getByText('Draft')).toBeVisible();
    await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Review text' })).toHaveText('Written before the venue. Every word after it counts too.');
    await expect(page.getByLabel('Venue')).toHaveValue(longVenue.trim());
    await expect(page.getByLabel('Seen on')).toHaveValue('2099-01-01');
    await expect(page.getByRole('button', { name: /^Restore the text/ })).toHaveCount(0);
  });

  test('offline while typing: kept on this device, saved once back online', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Offline');
    await signIn(page, 'sabine');
    await startReview(page, film);
    await typeReview(page, 'Before the network drops.');
    await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });

    await page.context().setOffline(true);
    await typeReview(page, ' Typed on the train.');
    await expect(status(page)).toHaveText('Offline — kept on this device', { timeout: 15_000 });
    expect(await keptOnDevice(page)).toContain('Typed on the train.');
    // Ctrl/Cmd+S while offline cannot lie either.
    await page.keyboard.press('ControlOrMeta+s');
    await expect(status(page)).toHaveText('Offline — kept on this device');

    await page.context().setOffline(false);
    await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });
    await expect.poll(() => keptOnDevice(page)).toBe('');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Review text' })).toHaveText('Before the network drops. Typed on the train.');
    await expect(page.getByRole('button', { name: /^Restore the text/ })).toHaveCount(0);
  });

  test('the tab dies between two autosaves: reopening offers the text back with a diff, restoring saves it', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Crash');
    await signIn(page, 'margaux');
    await startReview(page, film);
    const url = page.url();
    await typeReview(page, 'Saved before the crash.');
    await expect(status(page)).toHaveText(SAVED, { timeout: 15_000 });

    // A crash sends nothing on its way out: no beacon, and the tab goes before the autosave.
    await page.evaluate(() => {
      navigator.sendBeacon = () => true;
    });
    await typeReview(page, ' Typed in the last second.');
    await page.close();

    const again = await page.context().newPage();
    await again.goto(url);
    const restore = again.getByRole('button', { name: /^Restore the text typed on this device at \d{2}:\d{2}$/ });
    await expect(restore).toBeVisible();
    await expect(again.getByRole('heading', { name: /^Text typed on this device at \d{2}:\d{2} was not saved$/ })).toBeVisible();
    await expect(again.getByTestId('restore-diff').locator('ins')).toContainText('Typed in the last second.');
    await expect(again.getByRole('textbox', { name: 'Review text' })).toHaveText('Saved before the crash.');

    await restore.click();
    await expect(again.getByRole('textbox', { name: 'Review text' })).toHaveText('Saved before the crash. Typed in the last second.');
    await expect(status(again)).toHaveText(SAVED, { timeout: 15_000 });
    await expect.poll(() => keptOnDevice(again), { timeout: 15_000 }).toBe('');
    await again.reload();
    await expect(again.getByRole('textbox', { name: 'Review text' })).toHaveText('Saved before the crash. Typed in the last second.');
    await expect(again.getByRole('button', { name: /^Restore the text/ })).toHaveCount(0);
  });

  test('leaving with unsaved text asks first; Ctrl/Cmd+S saves at once', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Shortcut');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await typeReview(page, 'Saved by the shortcut.');
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.keyboard.press('ControlOrMeta+s');
    // Only a manual save says so in the workflow panel; the autosave would wait two seconds.
    await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible({ timeout: 1_500 });
    await expect(status(page)).toHaveText(SAVED);
    // Saved: the page goes without asking.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
  });
});
