/**
 * The sign-in lock under concurrency: parallel guesses must not get more password checks than the
 * limit (5 per account in 15 minutes), and a right password hidden among parallel wrong ones must
 * not sign in once the limit is reached. Runs last: it spends the address's failure budget.
 */
import { expect, test } from '@playwright/test';
import { action, callAction, FORM, idle, createdId, signIn, trySignIn } from './http';

let base = '';
let adminCookie = '';
test.beforeAll(async ({ baseURL }) => {
  base = baseURL!;
  adminCookie = await signIn(base, 'admin');
});

async function newAccount(email: string, password: string) {
  return createdId(
    await callAction(base, adminCookie, action('app/admin/staff/actions.ts', 'createStaffAction'), [idle, FORM], {
      email,
      name: email.split('@')[0]!,
      role: 'reviewer',
      penName: '',
      passwordMode: 'temporary',
      temporaryPassword: password,
    }),
  );
}

/** Each guess from its own address, so only the per-account limit is under test. */
const from = (i: number) => ({ 'X-Forwarded-For': `10.9.${i >> 8}.${i & 255}` });

test('100 concurrent wrong passwords for one account: at most 5 are checked, the rest are locked', async () => {
  test.setTimeout(90_000);
  await newAccount('lock-100@attack.test', 'attack-password-1');
  // A connection the loaded test machine drops is counted apart: it is neither checked nor locked.
  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, i) => trySignIn(base, 'lock-100@attack.test', `wrong-${i}`, from(i)).catch(() => ({ ok: false as const, error: 'no answer' }))),
  );
  const checked = answers.filter((a) => !a.ok && a.error === 'invalid').length;
  const locked = answers.filter((a) => !a.ok && a.error.startsWith('locked')).length;
  const dropped = answers.filter((a) => !a.ok && a.error === 'no answer').length;
  expect(answers.filter((a) => a.ok)).toEqual([]);
  expect(checked, `${checked} checked, ${locked} locked, ${dropped} dropped`).toBeLessThanOrEqual(5);
  expect(dropped, 'requests that got no answer').toBeLessThanOrEqual(10);
  expect(checked + locked + dropped).toBe(100);
});

test('a right password sent as the 20th of 20 concurrent guesses does not sign in', async () => {
  test.setTimeout(60_000);
  await newAccount('lock-20@attack.test', 'attack-password-1');
  const guesses = Array.from({ length: 20 }, (_, i) => (i === 19 ? 'attack-password-1' : `wrong-${i}`));
  const answers = await Promise.all(guesses.map((g, i) => trySignIn(base, 'lock-20@attack.test', g, from(1000 + i))));
  expect(answers[19]!.ok, 'the right password slipped through the lock').toBe(false);
});

test('sequential guesses: the sixth is locked, and the owner is told so', async () => {
  await newAccount('lock-seq@attack.test', 'attack-password-1');
  const errors: string[] = [];
  for (let i = 0; i < 6; i++) {
    const a = await trySignIn(base, 'lock-seq@attack.test', `wrong-${i}`, from(2000 + i));
    errors.push(a.ok ? 'ok' : a.error);
  }
  expect(errors.slice(0, 5)).toEqual(Array(5).fill('invalid'));
  expect(errors[5]).toMatch(/^locked/);
});
