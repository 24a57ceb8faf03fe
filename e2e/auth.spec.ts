import { expect, test } from '@playwright/test';
import { ACCOUNTS, createAccount, ownAccount, sessionAs, signIn } from './helpers/auth';
import { uniqueTag } from './helpers/unique';

test.describe('staff sign-in', () => {
  test('an anonymous visitor of /admin is sent to sign in, then back', async ({ page }) => {
    await page.goto('/admin/profile');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fprofile/);
    await page.getByLabel('Email').fill(ACCOUNTS.mulder.email);
    await page.getByLabel('Password').fill(ACCOUNTS.mulder.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/admin\/profile$/);
    await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  });

  test('signs in and out', async ({ page, browser }, testInfo) => {
    // An account of its own: signing out ends every session of the account, and a demo account's
    // would end those of the tests running beside this one.
    const own = await ownAccount(browser, uniqueTag(testInfo), 'Leaving');
    await signIn(page, own);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByText(own.name)).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a wrong password and an unknown email get the same message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(ACCOUNTS.editor.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
    await page.getByLabel('Email').fill('nobody@bobine.test');
    await page.getByLabel('Password').fill('whatever-it-is');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('repeated failures lock the account, even against the right password', async ({ page, browser }, testInfo) => {
    // A fresh account, so that the lock (15 minutes, stored in SQLite) does not block other tests,
    // and a fresh address on every attempt: the previous attempt's account is still locked.
    const email = `locked.critic.${uniqueTag(testInfo)}@bobine.test`;
    const admin = await sessionAs(browser, 'admin');
    await createAccount(admin.page, 'Locked Critic', email, 'locked-password-1');
    await admin.context.close();

    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Password').fill(`wrong-${i}`);
      await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials')),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
    }
    await page.getByLabel('Password').fill('locked-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(/Too many failed sign-in attempts/)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('the next parameter never leads off the site', async ({ page }) => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      await page.context().clearCookies();
      await signIn(page, 'mulder', next);
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
    }
  });

  test('responses carry the security headers', async ({ request }) => {
    const response = await request.get('/');
    const h = response.headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('the desk and sign-in keep their window to themselves; public pages do not pay for it', async ({ request }) => {
    for (const path of ['/login', '/admin', '/admin/queue', '/set-password/x', '/api/health']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()['cross-origin-opener-policy'], path).toBe('same-origin');
    }
    for (const path of ['/', '/films', '/search?q=fall']) {
      const response = await request.get(path);
      expect(response.headers()['cross-origin-opener-policy'], path).toBeUndefined();
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
  });
});

test.describe('accounts', () => {
  test('an admin creates an account; disabling it ends its open session and blocks sign-in', async ({ page, browser }, testInfo) => {
    const tag = uniqueTag(testInfo);
    const name = `Temp Critic ${tag}`;
    const email = `temp.critic.${tag}@bobine.test`;
    await signIn(page, 'admin');
    await createAccount(page, name, email, 'temporary-pass-1');

    const temp = await sessionAs(browser, { email, password: 'temporary-pass-1' });
    await expect(temp.page.getByText(name)).toBeVisible();

    await page.goto('/admin/staff');
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('button', { name: 'Disable account' }).click();
    await expect(page.getByRole('button', { name: 'Enable account' })).toBeVisible();

    // The session that was already open stops working on its next request.
    await temp.page.goto('/admin/profile');
    await expect(temp.page).toHaveURL(/\/login/);
    await temp.page.getByLabel('Email').fill(email);
    await temp.page.getByLabel('Password').fill('temporary-pass-1');
    await temp.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(temp.page.getByText('Email or password is incorrect.')).toBeVisible();
    await temp.context.close();
  });

  test('a role change ends the sessions issued before it; signing in again gives the new role', async ({ page, browser }, testInfo) => {
    // An account of its own: changing the demo editor's role would end the sessions of every
    // test running beside this one as the editor.
    const tag = uniqueTag(testInfo);
    const name = `Promoted Critic ${tag}`;
    const email = `promoted.critic.${tag}@bobine.test`;
    await signIn(page, 'admin');
    await createAccount(page, name, email, 'promoted-pass-1');

    const critic = await sessionAs(browser, { email, password: 'promoted-pass-1' });
    const denied = await critic.page.goto('/admin/films');
    expect(denied?.status()).toBe(403);

    await page.goto('/admin/staff');
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('editor');
    await page.getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByRole('region', { name: 'Role' }).getByRole('status')).toHaveText('Role updated.');

    // The session opened under the old role ends on its next request.
    await critic.page.goto('/admin/films');
    await expect(critic.page).toHaveURL(/\/login/);
    await signIn(critic.page, { email, password: 'promoted-pass-1' });
    const allowed = await critic.page.goto('/admin/films');
    expect(allowed?.status()).toBe(200);
    await expect(critic.page.getByRole('heading', { name: 'Films' })).toBeVisible();
    await critic.context.close();
  });

  test('the last admin cannot be demoted', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/staff');
    await page.getByRole('link', { name: 'Ada Admin' }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('editor');
    await page.getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByRole('region', { name: 'Role' }).getByRole('status')).toHaveText(
      'This is the last admin: make someone else an admin first.',
    );
  });

  test('a one-time link lets a new person set their password, once', async ({ page, browser }, testInfo) => {
    const email = `link.person.${uniqueTag(testInfo)}@bobine.test`;
    await signIn(page, 'admin');
    await page.goto('/admin/staff/new');
    await page.getByLabel('Name', { exact: true }).fill('Link Person');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('combobox', { name: 'Role' }).selectOption('editor');
    await page.getByRole('button', { name: 'Create account' }).click();
    const link = (await page.getByTestId('password-link').textContent())!.trim();
    const path = new URL(link).pathname;

    const other = await browser.newContext();
    const p = await other.newPage();
    await p.goto(path);
    await p.getByLabel('New password', { exact: true }).fill('short');
    await p.getByLabel('Repeat the new password').fill('short');
    await p.getByRole('button', { name: 'Set password' }).click();
    await expect(p.getByText('Use at least 10 characters.')).toBeVisible();
    await p.getByLabel('New password', { exact: true }).fill('a-long-new-password');
    await p.getByLabel('Repeat the new password').fill('a-long-new-password');
    await p.getByRole('button', { name: 'Set password' }).click();
    await expect(p.getByText('Your password is set.')).toBeVisible();
    await signIn(p, { email, password: 'a-long-new-password' });
    await expect(p).toHaveURL(/\/admin$/);
    await p.goto(path);
    await expect(p.getByText('This link has expired or was already used.')).toBeVisible();
    await other.close();
  });

  test('a critic edits their public profile, with errors next to the field', async ({ page }) => {
    await signIn(page, 'sabine');
    await page.goto('/admin/profile');
    await page.getByLabel('Address').fill('Not A Slug!');
    await page.getByLabel('Bio').fill('Follows films from the first press release to the last reshoot.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.locator('#slug-error')).toHaveText('Use lower-case letters, digits and single hyphens.');
    // What was typed is still there.
    await expect(page.getByLabel('Bio')).toHaveValue('Follows films from the first press release to the last reshoot.');
    await page.getByLabel('Address').fill('mulder');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.locator('#slug-error')).toHaveText('Another critic already uses this address.');
    await page.getByLabel('Address').fill('sabine-roux');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();

    // Links and feed subscriptions to the old address keep working, with a permanent redirect.
    for (const [from, to] of [
      ['/reviewers/sabine', '/reviewers/sabine-roux'],
      ['/reviewers/sabine/feed.xml', '/reviewers/sabine-roux/feed.xml'],
    ]) {
      const r = await page.request.get(from!, { maxRedirects: 0 });
      expect(r.status(), from).toBe(308);
      expect(new URL(r.headers()['location']!, 'http://x').pathname).toBe(to);
    }
    // Taking the old address back makes it the page again.
    await page.getByLabel('Address').fill('sabine');
    await page.getByRole('button', { name: 'Save profile' }).click();
    // "Profile saved." is still on screen from the previous save: wait for the address instead.
    await expect.poll(async () => (await page.request.get('/reviewers/sabine', { maxRedirects: 0 })).status()).toBe(200);
  });

  test('the audit log records sign-ins and account changes, filterable', async ({ page }, testInfo) => {
    // Its own failed sign-in (an unknown address: no account gets closer to its lock), so the
    // filter has something to show whatever ran before.
    const stranger = `audit.stranger.${uniqueTag(testInfo)}@bobine.test`;
    await page.goto('/login');
    await page.getByLabel('Email').fill(stranger);
    await page.getByLabel('Password').fill('not-a-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Email or password is incorrect.')).toBeVisible();

    await signIn(page, 'admin');
    await page.goto('/admin/audit');
    await expect(page.getByRole('cell', { name: 'auth.sign_in', exact: true }).first()).toBeVisible();
    await page.getByLabel('Action').selectOption('auth.sign_in_failed');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/action=auth.sign_in_failed/);
    const actions = await page.locator('tbody td:nth-child(3)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['auth.sign_in_failed']));
    await expect(page.getByRole('row').filter({ hasText: stranger })).toHaveCount(1);
  });
});
