/**
 * Every staff page × every kind of visitor, generated from the permission table: signed-out and
 * disabled sessions are sent to sign in, the others get the page or a 403.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { can, type Action, type Viewer } from '../lib/auth/permissions';
import { sessionAs, signIn } from './helpers/auth';
import { linkedId } from './helpers/lookup';
import { uniqueTag } from './helpers/unique';

/**
 * The records the pages show are looked up through the interface when the suite starts (ids depend
 * on what the seed and earlier tests created): `review` is one of Mulder's, so its pages are "own"
 * for reviewer A and someone else's for reviewer B.
 */
type Ids = { review: number; film: number; person: number; company: number; staff: number };

const ROUTES: { label: string; path: (ids: Ids) => string; action: Action; own?: boolean }[] = [
  { label: '/admin', path: () => '/admin', action: 'admin.enter' },
  { label: '/admin/queue', path: () => '/admin/queue', action: 'queue.read' },
  { label: '/admin/reviews/new', path: () => '/admin/reviews/new', action: 'review.create' },
  { label: '/admin/reviews/<Mulder’s>', path: (ids) => `/admin/reviews/${ids.review}`, action: 'review.read', own: true },
  { label: '/admin/reviews/<Mulder’s>/history', path: (ids) => `/admin/reviews/${ids.review}/history`, action: 'review.read', own: true },
  { label: '/admin/reviews/<Mulder’s>/preview', path: (ids) => `/admin/reviews/${ids.review}/preview`, action: 'review.read', own: true },
  { label: '/admin/media', path: () => '/admin/media', action: 'media.read' },
  { label: '/admin/films', path: () => '/admin/films', action: 'catalogue.manage' },
  { label: '/admin/films/new', path: () => '/admin/films/new', action: 'catalogue.manage' },
  { label: '/admin/films/<id>', path: (ids) => `/admin/films/${ids.film}`, action: 'catalogue.manage' },
  { label: '/admin/people', path: () => '/admin/people', action: 'catalogue.manage' },
  { label: '/admin/people/<id>', path: (ids) => `/admin/people/${ids.person}`, action: 'catalogue.manage' },
  { label: '/admin/companies', path: () => '/admin/companies', action: 'catalogue.manage' },
  { label: '/admin/companies/<id>', path: (ids) => `/admin/companies/${ids.company}`, action: 'catalogue.manage' },
  { label: '/admin/profile', path: () => '/admin/profile', action: 'profile.edit' },
  { label: '/admin/staff', path: () => '/admin/staff', action: 'staff.manage' },
  { label: '/admin/staff/new', path: () => '/admin/staff/new', action: 'staff.manage' },
  { label: '/admin/staff/<id>', path: (ids) => `/admin/staff/${ids.staff}`, action: 'staff.manage' },
  { label: '/admin/audit', path: () => '/admin/audit', action: 'audit.read' },
];

/** Reviewer A's id for the permission table: any id will do, as long as it owns `ids.review`. */
const REVIEWER_A = 1_000_001;

type Who = 'anonymous' | 'reviewerA' | 'reviewerB' | 'editor' | 'admin' | 'disabled';
const VIEWERS: Record<Who, Viewer> = {
  anonymous: { kind: 'anonymous' },
  reviewerA: { kind: 'staff', id: REVIEWER_A, role: 'reviewer', name: '', email: '' },
  reviewerB: { kind: 'staff', id: -2, role: 'reviewer', name: '', email: '' },
  editor: { kind: 'staff', id: -3, role: 'editor', name: '', email: '' },
  admin: { kind: 'staff', id: -4, role: 'admin', name: '', email: '' },
  // A disabled account's open session is no session at all.
  disabled: { kind: 'anonymous' },
};

test.describe('staff pages × viewers', () => {
  const contexts = {} as Record<Who, BrowserContext>;
  let ids: Ids;

  // Three hooks, each with its own time budget: on a busy machine a sign-in alone can take 20 s.
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    contexts.anonymous = await browser.newContext();
    contexts.reviewerA = (await sessionAs(browser, 'mulder')).context;
    contexts.reviewerB = (await sessionAs(browser, 'sabine')).context;
    contexts.editor = (await sessionAs(browser, 'editor')).context;
    contexts.admin = (await sessionAs(browser, 'admin')).context;
  });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // Mulder's dashboard lists only his own reviews; the admin's lists show every record.
    const mulder = await contexts.reviewerA.newPage();
    const review = await linkedId(mulder, '/admin', /^\/admin\/reviews\/(\d+)$/);
    await mulder.close();
    const admin = await contexts.admin.newPage();
    ids = {
      review,
      film: await linkedId(admin, '/admin/films', /^\/admin\/films\/(\d+)$/),
      person: await linkedId(admin, '/admin/people', /^\/admin\/people\/(\d+)$/),
      company: await linkedId(admin, '/admin/companies', /^\/admin\/companies\/(\d+)$/),
      staff: await linkedId(admin, '/admin/staff', /^\/admin\/staff\/(\d+)$/),
    };
    await admin.close();
  });

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    // An account that signs in, then gets disabled while its session is open (a new one on every
    // attempt: an address is taken once).
    const tag = uniqueTag(testInfo);
    const name = `Matrix Disabled ${tag}`;
    const email = `matrix.disabled.${tag}@bobine.test`;
    const admin = await contexts.admin.newPage();
    await admin.goto('/admin/staff/new');
    await admin.getByLabel('Name', { exact: true }).fill(name);
    await admin.getByLabel('Email').fill(email);
    await admin.getByRole('combobox', { name: 'Role' }).selectOption('admin');
    await admin.getByLabel('Set a temporary password').check();
    await admin.getByLabel('Temporary password', { exact: true }).fill('matrix-password-1');
    await admin.getByRole('button', { name: 'Create account' }).click();
    await expect(admin.getByText(`Account created for ${email}.`)).toBeVisible();
    contexts.disabled = await browser.newContext();
    await signIn(await contexts.disabled.newPage(), { email, password: 'matrix-password-1' });
    await admin.goto('/admin/staff');
    await admin.getByRole('link', { name, exact: true }).click();
    await admin.getByRole('button', { name: 'Disable account' }).click();
    await expect(admin.getByRole('button', { name: 'Enable account' })).toBeVisible();
    await admin.close();
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(contexts).map((c) => c.close()));
  });

  for (const route of ROUTES) {
    for (const who of Object.keys(VIEWERS) as Who[]) {
      const viewer = VIEWERS[who];
      const resource = route.own ? { ownerId: REVIEWER_A } : undefined;
      const expected = viewer.kind === 'anonymous' ? 'sign-in' : can(viewer, route.action, resource) ? 'allowed' : 'forbidden';
      test(`${route.label} as ${who} → ${expected}`, async () => {
        // The context's HTTP client carries the same cookies as its pages: the server's answer is
        // what is checked here, without paying for a browser render of each of the 108 pages (the
        // journeys check what a person sees on them).
        const response = await contexts[who].request.get(route.path(ids), { maxRedirects: 0 });
        if (expected === 'sign-in') {
          expect(response.status()).toBeGreaterThanOrEqual(300);
          expect(response.status()).toBeLessThan(400);
          expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe('/login');
          expect(response.headers()['location']).toContain('next=');
        } else {
          expect(response.status()).toBe(expected === 'allowed' ? 200 : 403);
        }
      });
    }
  }
});
