import type { Page } from '@playwright/test';

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
