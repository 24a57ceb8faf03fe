import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Small things a reader noticed (issue 13): each test fails on the page as it was before the fix.

test('/favicon.ico and the icons the pages link to answer 200, and no page load asks for a missing file', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);

  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto('/');
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.some((href) => new URL(href).pathname === '/icon.svg')).toBe(true);
  expect(icons.some((href) => new URL(href).pathname === '/apple-icon.png')).toBe(true);
  for (const href of icons) expect((await request.get(href)).status(), href).toBe(200);
  expect(missing).toEqual([]);
});

test('a film card’s running time stays on one line at every width', async ({ page }) => {
  await page.goto('/films');
  await expect(page.getByRole('heading', { name: 'Films', level: 1 })).toBeVisible();
  // From a phone to a desktop: somewhere in between, a card's line "year · director · 2 h 05"
  // wraps, and it must not wrap inside the running time.
  for (let width = 320; width <= 1280; width += 16) {
    await page.setViewportSize({ width, height: 900 });
    const runtimes = await page.evaluate(() => {
      const found: { text: string; lines: number; height: number; lineHeight: number }[] = [];
      for (const card of document.querySelectorAll('main li a')) {
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const match = /(\d+\s+h\s+\d\d|\d+\s+min)$/.exec(node.textContent ?? '');
          if (!match) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()];
          const box = range.getBoundingClientRect();
          found.push({ text: match[0], lines: rects.length, height: box.height, lineHeight: parseFloat(getComputedStyle(node.parentElement!).lineHeight) });
        }
      }
      return found;
    });
    expect(runtimes.length, 'film cards with a running time').toBeGreaterThan(0);
    for (const r of runtimes) {
      expect(r.lines, `"${r.text}" at ${width}px`).toBe(1);
      expect(r.height, `"${r.text}" at ${width}px`).toBeLessThanOrEqual(r.lineHeight * 1.2);
    }
  }
});

test('the sort select is wide enough for its longest option', async ({ page }) => {
  await page.goto('/films?sort=mark');
  const sort = page.getByLabel('Sort by');
  await expect(sort).toHaveValue('mark');
  for (const width of [360, 700, 900, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const fit = await sort.evaluate((select: HTMLSelectElement) => {
      // A select does not scroll its text, so scrollWidth alone never shows the cut: the same
      // select at its natural width (wide enough for its longest option) is the measure.
      const natural = select.cloneNode(true) as HTMLSelectElement;
      natural.style.width = 'auto';
      natural.style.position = 'absolute';
      select.parentElement!.append(natural);
      const needed = natural.getBoundingClientRect().width;
      natural.remove();
      return { width: select.getBoundingClientRect().width, needed, scrollWidth: select.scrollWidth, clientWidth: select.clientWidth };
    });
    expect(fit.scrollWidth, `at ${width}px`).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.width, `at ${width}px`).toBeGreaterThanOrEqual(fit.needed - 0.5);
  }
});

test('/search has no landmark violations (two search forms, each named)', async ({ page }) => {
  for (const path of ['/search', '/search?q=night']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    // landmark-unique (two unnamed search landmarks) is "moderate": any landmark finding fails,
    // not only the serious and critical ones the other audits stop at.
    const landmarks = results.violations.filter((v) => v.id.startsWith('landmark') || v.id === 'region');
    expect(landmarks.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), path).toEqual([]);
  }
});
