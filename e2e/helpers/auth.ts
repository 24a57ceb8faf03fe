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

/** An admin (signed in on `page`) creates a reviewer account with a temporary password. */
export async function createAccount(page: Page, name: string, email: string, password: string) {
  await page.goto('/admin/staff/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Set a temporary password').check();
  await page.getByLabel('Temporary password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toHaveText(`Account created for ${email}.`);
}

/**
 * A reviewer account of the test's own, for a test that ends sessions (signing out ends every
 * session of that account: lib/dal/sign-in.ts). With a demo account it would sign out the tests
 * running beside it.
 */
export async function ownAccount(browser: Browser, tag: string, label = 'Own') {
  const account = { name: `${label} Critic ${tag}`, email: `${label.toLowerCase()}.critic.${tag}@bobine.test`, password: `${label.toLowerCase()}-password-1` };
  const admin = await sessionAs(browser, 'admin');
  await createAccount(admin.page, account.name, account.email, account.password);
  await admin.context.close();
  return account;
}
