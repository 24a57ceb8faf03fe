import { expect, test, type Page } from '@playwright/test';
import { sessionAs, signIn } from './helpers/auth';
import { freshFilm } from './helpers/films';
import { startReview, typeReview } from './helpers/reviews';

const WORDS = 'in the opera house';

/** Selects `words` in the review text, as a mouse drag would (ProseMirror reads the DOM selection). */
async function selectWords(page: Page, words: string) {
  const text = page.getByRole('textbox', { name: 'Review text' });
  await text.click();
  await text.evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(w);
      if (at >= 0) {
        document.getSelection()!.setBaseAndExtent(n, at, n, at + w.length);
        return;
      }
    }
    throw new Error(`"${w}" is not in the text`);
  }, words);
}

/** The highlighted passage of an open thread: drawn with a background, unlike any other text. */
const highlight = (page: Page) => page.locator('.comment-anchor[data-comment]');
const background = (page: Page) => highlight(page).first().evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe('comments on a passage', () => {
  test('the editor comments on words, the author replies, the words keep their thread through edits, resolving clears the highlight', async ({ page, browser }, testInfo) => {
    // Three sign-ins and two reloads of the editor: as long as the other four-person journeys.
    test.setTimeout(180_000);
    const film = await freshFilm(browser, testInfo, 'Ballet');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await typeReview(page, `The fight ${WORDS} is the best scene.`);
    await page.getByLabel('Mark').fill('8');
    await page.getByLabel('Seen on').fill('2025-05-28');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('heading', { level: 1 }).getByText('In review')).toBeVisible();
    const reviewUrl = page.url();

    // The editor selects the words and comments on them from the toolbar.
    const editor = await sessionAs(browser, 'editor');
    const e = editor.page;
    await e.goto(reviewUrl);
    await selectWords(e, WORDS);
    await e.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Comment' }).click();
    const box = e.getByRole('form', { name: 'Comment on the passage' });
    await expect(box).toContainText(`“${WORDS}”`);
    await box.getByLabel('Your comment').fill('Which opera house? Name it.');
    await box.getByRole('button', { name: 'Post comment' }).click();
    const editorThread = e.getByRole('article', { name: `Comment by Eddie Editor on “${WORDS}”` });
    await expect(editorThread).toContainText('Which opera house? Name it.');
    await expect(highlight(e)).toHaveText(WORDS);
    await e.screenshot({ path: testInfo.outputPath('editor-commented.png'), fullPage: true });

    // The author sees the highlighted words; clicking them leads to the thread, where he replies.
    await page.reload();
    await expect(highlight(page)).toHaveText(WORDS);
    expect(await background(page)).not.toBe('rgba(0, 0, 0, 0)');
    await highlight(page).click();
    const thread = page.getByRole('article', { name: `Comment by Eddie Editor on “${WORDS}”` });
    await expect(thread).toBeFocused();
    await thread.getByRole('textbox', { name: 'Reply' }).fill('The Palais Garnier: I will say so.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect(thread).toContainText('The Palais Garnier: I will say so.');

    // He takes the review back and writes before the passage: the thread stays on its words.
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await expect(page.getByRole('heading', { level: 1 }).getByText('Draft')).toBeVisible();
    const text = page.getByRole('textbox', { name: 'Review text' });
    await expect(text).toBeEditable();
    await text.click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('Late in the film, ');
    await expect(text).toContainText(`Late in the film, The fight ${WORDS}`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Review text' })).toContainText(`Late in the film, The fight ${WORDS}`);
    await expect(highlight(page)).toHaveText(WORDS);

    // The editor resolves the thread: the words are no longer highlighted, and it can be reopened.
    await e.reload();
    await expect(editorThread).toContainText('The Palais Garnier: I will say so.');
    await editorThread.getByRole('button', { name: 'Resolve' }).click();
    await expect(editorThread.getByRole('button', { name: 'Reopen' })).toBeVisible();
    await expect(highlight(e)).toHaveText(WORDS);
    expect(await background(e)).toBe('rgba(0, 0, 0, 0)');
    await editor.context.close();
  });
});
