import { expect, type Page } from '@playwright/test';

/**
 * The id in the first link on `listPath` whose address matches `pattern` (one capture group):
 * tests find the records they open through the interface instead of assuming the seed's ids.
 */
export async function linkedId(page: Page, listPath: string, pattern: RegExp): Promise<number> {
  await page.goto(listPath);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const match = hrefs.map((h) => pattern.exec(h)).find((m) => m !== null);
  if (!match) throw new Error(`No link matching ${pattern} on ${listPath}`);
  return Number(match[1]);
}

/**
 * Where a redirect answer leads, as a path. On the first (uncached) answer of a cached page,
 * Next.js 16 sends the page's Location twice, identical (the render sets it, then the copy it
 * stores is added: build/templates/app-page-runtime.js); browsers and proxies follow one identical
 * repeated Location, and Playwright joins them with ", ". Later answers, from the cache, carry one.
 */
export function redirectPath(response: { headers(): Record<string, string> }): string {
  const locations = new Set((response.headers()['location'] ?? '').split(', '));
  expect(locations.size, 'one distinct Location').toBe(1);
  return new URL([...locations][0]!, 'http://x').pathname;
}
