import type { TestInfo } from '@playwright/test';

/**
 * A tag that differs on every attempt of every test (retry, --repeat-each, a second run against
 * the same database), for the emails and names a test creates: the server keeps what the previous
 * attempt made, and an address can only be taken once.
 */
export function uniqueTag(testInfo: TestInfo): string {
  const random = Math.floor(Math.random() * 36 ** 4).toString(36);
  return `${testInfo.retry}${testInfo.repeatEachIndex}${Date.now().toString(36).slice(-5)}${random}`;
}
