import { expect, type Browser, type Page } from '@playwright/test';

export const ACCOUNTS = {
  admin: { email: 'admin@bobine.test', password: 'bobine-admin', name: 'Ada Admin' },
  editor: { email: 'editor@bobine.test', password: 'bobine-editor', name: 'Eddie Editor' },
  mulder: { email: 'mulder@bobine.test', password: 'bobine-mulder', name: 'Fox Mulder' },
  sabine: { email: 'sabine@bobine.test', password: 'bobine-sabine', name: 'Sabine Roux' },
  margaux: { email: 'margaux@bobine.test', password: 'bobine-margaux', name: 'Margaux Lenoir' },
} as const;
export type Who = keyof typeof ACCOUNTS;

/** Signs in through the real form, with the labels the product promises. */
export async function signIn(page: Page, who: Who | { email: string; password: string }, next?: string) {
  const account = typeof who === 'string' ? ACCOUNTS[who] : who;
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A separate browser session (its own cookies) signed in as someone. */
export async function sessionAs(browser: Browser, who: Who | { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}
