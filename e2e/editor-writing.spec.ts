import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { seriousAxeViolations } from './helpers/axe';
import { freshFilm } from './helpers/films';
import { approveAndPublish, startReview } from './helpers/reviews';
import { linkedId } from './helpers/lookup';



const text = (page: Page) => page.getByRole('textbox', { name: 'Review text' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });

/** The width the document would scroll sideways to; 390 or less means no sideways scroll at 390. */
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe('writing in the editor', () => {
  // Each journey signs in two or three people and builds its own film; on a shared, loaded
  // machine that alone can take most of the default minute.
  test.describe.configure({ timeout: 180_000 });

  test('a link goes in through the link box, checked with the server’s rule, and comes off again', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Linkage');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await text(page).click();
    await page.keyboard.type('Watch the trailer');
    // The autosave lands first, so that its refresh cannot move the selection made next.
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    // Select "trailer" and press Ctrl+K: the link box opens under the toolbar, its field focused.
    // (On a loaded machine a re-render can swallow one of the key presses: select until it holds.)
    await expect(async () => {
      await page.keyboard.press('End');
      for (let i = 0; i < 'trailer'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('trailer');
    }).toPass({ timeout: 15_000 });
    await page.keyboard.press('ControlOrMeta+k');
    const box = page.getByRole('form', { name: 'Link' });
    const address = box.getByLabel('Link address');
    await expect(address).toBeFocused();
    // What the sanitizer would drop is refused here, with the reason next to the field.
    await address.fill('javascript:alert(1)');
    await box.getByRole('button', { name: 'Apply' }).click();
    await expect(box.getByRole('alert')).toContainText('Only web addresses');
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await address.fill('example.org/trailer');
    await box.getByRole('button', { name: 'Apply' }).click();
    await expect(box).toHaveCount(0);
    const link = text(page).getByRole('link', { name: 'trailer' });
    await expect(link).toHaveAttribute('href', 'https://example.org/trailer');
    await expect(toolbar(page).getByRole('button', { name: 'Link' })).toHaveAttribute('aria-pressed', 'true');

    // It is stored: after a save and a reload the link is still there.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await page.reload();
    await expect(text(page).getByRole('link', { name: 'trailer' })).toHaveAttribute('href', 'https://example.org/trailer');

    // Escape closes the box without touching the link; Remove takes the link off.
    await text(page).getByRole('link', { name: 'trailer' }).click();
    await toolbar(page).getByRole('button', { name: 'Link' }).click();
    await expect(box.getByLabel('Link address')).toHaveValue('https://example.org/trailer');
    await page.keyboard.press('Escape');
    await expect(box).toHaveCount(0);
    await expect(text(page)).toBeFocused();
    await expect(text(page).getByRole('link', { name: 'trailer' })).toHaveCount(1);
    await toolbar(page).getByRole('button', { name: 'Link' }).click();
    await box.getByRole('button', { name: 'Remove' }).click();
    await expect(text(page).getByRole('link')).toHaveCount(0);
    await expect(text(page)).toContainText('Watch the trailer');
  });

  test('the toolbar is one tab stop with arrow keys inside', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Keyboard');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await text(page).click();
    await page.keyboard.type('Verdict');
    const bar = toolbar(page);
    await expect(bar.locator('button[tabindex="0"]')).toHaveCount(1);

    // Shift+Tab from the text lands on the toolbar's one stop; the arrows move inside it.
    await page.keyboard.press('Shift+Tab');
    await expect(bar.getByRole('button', { name: 'Paragraph' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(bar.getByRole('button', { name: 'H2 heading' })).toBeFocused();
    await expect(bar.locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(bar.getByRole('button', { name: 'H2 heading' })).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('ArrowLeft');
    await expect(bar.getByRole('button', { name: 'Paragraph' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    // Redo is disabled (nothing undone): the arrows skip it and wrap to Undo.
    await expect(bar.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(bar.getByRole('button', { name: 'Paragraph' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(bar.getByRole('button', { name: 'Undo' })).toBeFocused();

    // A toggle says whether it is on; Enter applies it to the text.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(bar.getByRole('button', { name: 'H2 heading' })).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Enter');
    await expect(bar.getByRole('button', { name: 'H2 heading' })).toHaveAttribute('aria-pressed', 'true');
    await expect(text(page).getByRole('heading', { level: 2, name: 'Verdict' })).toBeVisible();
    // Applying a format hands the text back for typing; Shift+Tab returns to the button last used,
    // and Tab leaves the toolbar in one step.
    await expect(text(page)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(bar.getByRole('button', { name: 'H2 heading' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(text(page)).toBeFocused();
  });

  test('a heading looks in the editor as it does on the film page', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Typeset');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await text(page).click();
    await page.keyboard.type('## Verdict');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A paragraph under the heading, set like the printed page.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> A quoted line.');
    const styleOf = (el: Element) => {
      const s = getComputedStyle(el);
      return { fontSize: s.fontSize, fontFamily: s.fontFamily, fontWeight: s.fontWeight, lineHeight: s.lineHeight, marginTop: s.marginTop, color: s.color };
    };
    const heading = text(page).getByRole('heading', { name: 'Verdict' });
    await expect(heading).toBeVisible();
    const inEditor = {
      heading: await heading.evaluate(styleOf),
      paragraph: await text(page).getByText('A paragraph under the heading').evaluate(styleOf),
      quote: await text(page).locator('blockquote').evaluate(styleOf),
    };
    // A heading is not body text.
    expect(Number.parseFloat(inEditor.heading.fontSize)).toBeGreaterThan(Number.parseFloat(inEditor.paragraph.fontSize));

    await page.getByLabel('Mark').fill('8');
    await page.getByLabel('Seen on').fill('2024-03-01');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('heading', { level: 1 }).getByText('In review')).toBeVisible();
    const reviewUrl = page.url();
    await approveAndPublish(browser, reviewUrl);

    const visitor = await browser.newContext();
    const v = await visitor.newPage();
    await v.goto(`/films/${film.slug}`);
    const article = v.getByRole('article', { name: 'Mulder’s Review' });
    const onPage = {
      heading: await article.getByRole('heading', { name: 'Verdict' }).evaluate(styleOf),
      paragraph: await article.getByText('A paragraph under the heading').evaluate(styleOf),
      quote: await article.locator('blockquote').evaluate(styleOf),
    };
    expect(onPage).toEqual(inEditor);
    await visitor.close();
  });

  test('axe finds nothing serious or critical on the editor page, link box open or closed', async ({ page, browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Audit');
    await signIn(page, 'mulder');
    await startReview(page, film);
    await text(page).click();
    await page.keyboard.type('Some words to save.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByTestId('save-status')).toContainText('Saved');
    await page.reload();
    await expect(text(page)).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await toolbar(page).getByRole('button', { name: 'Link' }).click();
    await expect(page.getByRole('form', { name: 'Link' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('the staff area fits a 390 px phone and its navigation folds', async ({ browser }, testInfo) => {
    const film = await freshFilm(browser, testInfo, 'Pocket');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signIn(page, 'editor');
    await page.goto('/admin');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Staff' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Review queue' }).click();
    await expect(page).toHaveURL(/\/admin\/queue$/);
    // Following a link folds the menu again.
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    // The lists, and the film editor with its releases table (which scrolls inside its own box).
    const filmId = await linkedId(page, '/admin/films', /^\/admin\/films\/(\d+)$/);
    for (const list of ['/admin/films', '/admin/people', '/admin/companies', `/admin/films/${filmId}`]) {
      await page.goto(list);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await scrollWidth(page), list).toBeLessThanOrEqual(390);
    }

    await startReview(page, film);
    await text(page).click();
    await page.keyboard.type('Written on a phone.');
    await expect(toolbar(page)).toBeVisible();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
