/**
 * Sessions end when they should: after sign-out, a password change, or an account being disabled,
 * the old cookie no longer opens the staff area (checked on the very next request).
 */
import { expect, test } from '@playwright/test';
import { action, callAction, FORM, idle, createdId, signIn, signOut } from './http';

let base = '';
test.beforeAll(({ baseURL }) => {
  base = baseURL!;
});

/** What /admin does for this cookie: 'open' (200) or 'closed' (sent to sign in, or refused). */
async function admin(cookie: string) {
  const r = await fetch(`${base}/admin`, { redirect: 'manual', headers: { Cookie: cookie } });
  await r.arrayBuffer();
  return r.status === 200 ? 'open' : 'closed';
}

async function newAccount(adminCookie: string, email: string, password: string) {
  const r = await callAction(base, adminCookie, action('app/admin/staff/actions.ts', 'createStaffAction'), [idle, FORM], {
    email,
    name: email.split('@')[0]!,
    role: 'editor',
    penName: '',
    passwordMode: 'temporary',
    temporaryPassword: password,
  });
  return createdId(r);
}

test('after sign-out the old cookie no longer opens /admin', async () => {
  const cookie = await signIn(base, 'sabine');
  expect(await admin(cookie)).toBe('open');
  expect(await signOut(base, cookie)).toBeLessThan(400);
  expect(await admin(cookie)).toBe('closed');
});

test('after a password change, other sessions of that account end', async () => {
  const adminCookie = await signIn(base, 'admin');
  await newAccount(adminCookie, 'session-password@attack.test', 'attack-password-1');
  const laptop = await signIn(base, { email: 'session-password@attack.test', password: 'attack-password-1' });
  const phone = await signIn(base, { email: 'session-password@attack.test', password: 'attack-password-1' });
  const r = await callAction(base, phone, action('app/admin/profile/actions.ts', 'changePasswordAction'), [idle, FORM], {
    currentPassword: 'attack-password-1',
    newPassword: 'attack-password-2',
    confirmPassword: 'attack-password-2',
  });
  expect(r.text).toContain('Password changed');
  expect(await admin(laptop)).toBe('closed');
});

test('a disabled then re-enabled account does not get its old sessions back', async () => {
  const adminCookie = await signIn(base, 'admin');
  const id = await newAccount(adminCookie, 'session-disabled@attack.test', 'attack-password-1');
  const cookie = await signIn(base, { email: 'session-disabled@attack.test', password: 'attack-password-1' });
  expect(await admin(cookie)).toBe('open');
  const setDisabled = action('app/admin/staff/actions.ts', 'setDisabledAction');
  await callAction(base, adminCookie, setDisabled, [idle, FORM], { userId: String(id), disabled: 'true' });
  expect(await admin(cookie)).toBe('closed');
  await callAction(base, adminCookie, setDisabled, [idle, FORM], { userId: String(id), disabled: 'false' });
  expect(await admin(cookie)).toBe('closed');
});

test('after a role change, old sessions end', async () => {
  const adminCookie = await signIn(base, 'admin');
  const id = await newAccount(adminCookie, 'session-role@attack.test', 'attack-password-1');
  const cookie = await signIn(base, { email: 'session-role@attack.test', password: 'attack-password-1' });
  await callAction(base, adminCookie, action('app/admin/staff/actions.ts', 'changeRoleAction'), [idle, FORM], { userId: String(id), role: 'reviewer' });
  expect(await admin(cookie)).toBe('closed');
});
