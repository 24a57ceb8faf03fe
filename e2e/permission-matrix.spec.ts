/**
 * Every staff page × every kind of visitor, generated from the permission table: signed-out and
 * disabled sessions are sent to sign in, the others get the page or a 403.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { can, type Action, type Viewer } from '../lib/auth/permissions';
import { sessionAs, signIn } from './helpers/auth';

/**
 * Review 1 is Mulder's review of the seed film (the demo seed creates it first), so its pages are
 * "own" for reviewer A and someone else's for reviewer B.
 */
const MULDER_REVIEW = 1;

const ROUTES: { path: string; action: Action; own?: boolean }[] = [
  { path: '/admin', action: 'admin.enter' },
  { path: '/admin/queue', action: 'queue.read' },
  { path: '/admin/reviews/new', action: 'review.create' },
  { path: `/admin/reviews/${MULDER_REVIEW}`, action: 'review.read', own: true },
  { path: `/admin/reviews/${MULDER_REVIEW}/history`, action: 'review.read', own: true },
  { path: `/admin/reviews/${MULDER_REVIEW}/preview`, action: 'review.read', own: true },
  { path: '/admin/films', action: 'catalogue.manage' },
  { path: '/admin/films/new', action: 'catalogue.manage' },
  { path: '/admin/films/1', action: 'catalogue.manage' },
  { path: '/admin/people', action: 'catalogue.manage' },
  { path: '/admin/people/1', action: 'catalogue.manage' },
  { path: '/admin/companies', action: 'catalogue.manage' },
  { path: '/admin/companies/1', action: 'catalogue.manage' },
  { path: '/admin/profile', action: 'profile.edit' },
  { path: '/admin/staff', action: 'staff.manage' },
  { path: '/admin/staff/new', action: 'staff.manage' },
  { path: '/admin/staff/1', action: 'staff.manage' },
  { path: '/admin/audit', action: 'audit.read' },
];

type Who = 'anonymous' | 'reviewerA' | 'reviewerB' | 'editor' | 'admin' | 'disabled';
const VIEWERS: Record<Who, Viewer> = {
  anonymous: { kind: 'anonymous' },
  // Mulder's account id in the demo seed (admin 1, editor 2, mulder 3, sabine 4).
  reviewerA: { kind: 'staff', id: 3, role: 'reviewer', name: '', email: '' },
  reviewerB: { kind: 'staff', id: -2, role: 'reviewer', name: '', email: '' },
  editor: { kind: 'staff', id: -3, role: 'editor', name: '', email: '' },
  admin: { kind: 'staff', id: -4, role: 'admin', name: '', email: '' },
  // A disabled account's open session is no session at all.
  disabled: { kind: 'anonymous' },
};

test.describe('staff pages × viewers', () => {
  const contexts = {} as Record<Who, BrowserContext>;

  test.beforeAll(async ({ browser }) => {
    contexts.anonymous = await browser.newContext();
    contexts.reviewerA = (await sessionAs(browser, 'mulder')).context;
    contexts.reviewerB = (await sessionAs(browser, 'sabine')).context;
    contexts.editor = (await sessionAs(browser, 'editor')).context;
    contexts.admin = (await sessionAs(browser, 'admin')).context;

    // An account that signs in, then gets disabled while its session is open.
    const admin = await contexts.admin.newPage();
    await admin.goto('/admin/staff/new');
    await admin.getByLabel('Name', { exact: true }).fill('Matrix Disabled');
    await admin.getByLabel('Email').fill('matrix.disabled@bobine.test');
    await admin.getByRole('combobox', { name: 'Role' }).selectOption('admin');
    await admin.getByLabel('Set a temporary password').check();
    await admin.getByLabel('Temporary password', { exact: true }).fill('matrix-password-1');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expect(admin.getByText('Account created for matrix.disabled@bobine.test.')).toBeVisible();
    contexts.disabled = await browser.newContext();
    await signIn(await contexts.disabled.newPage(), { email: 'matrix.disabled@bobine.test', password: 'matrix-password-1' });
    await admin.goto('/admin/staff');
    await admin.getByRole('link', { name: 'Matrix Disabled' }).click();
    await admin.getByRole('button', { name: 'Disable account' }).click();
    await expect(admin.getByRole('button', { name: 'Enable account' })).toBeVisible();
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(contexts).map((c) => c.close()));
  });

  for (const route of ROUTES) {
    for (const who of Object.keys(VIEWERS) as Who[]) {
      const viewer = VIEWERS[who];
      const resource = route.own ? { ownerId: 3 } : undefined;
      const expected = viewer.kind === 'anonymous' ? 'sign-in' : can(viewer, route.action, resource) ? 'allowed' : 'forbidden';
      test(`${route.path} as ${who} → ${expected}`, async () => {
        const page = await contexts[who].newPage();
        const response = await page.goto(route.path);
        if (expected === 'sign-in') {
          await expect(page).toHaveURL(/\/login\?next=/);
          await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
        } else {
          expect(response?.status()).toBe(expected === 'allowed' ? 200 : 403);
        }
        await page.close();
      });
    }
  }
});
