/**
 * Sessions end when they should: sign-out, a password change (own or by an admin), disabling and a
 * role change make every token issued before them useless on the next request. The viewer is
 * resolved by the real lib/auth/viewer.ts; only next-auth's cookie decoding is stubbed.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { useTempDatabase } from '@/lib/test/temp-db';

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string }; authAt: number } }));
vi.mock('next-auth', () => ({ getServerSession: async () => state.session }));

const { db } = useTempDatabase();
let staff: typeof import('./staff');
let signIn: typeof import('../sign-in');
let getViewer: typeof import('@/lib/auth/viewer').getViewer;

const idOf = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
/** A token as next-auth would decode it: who, and when they signed in. */
const token = (userId: number, authAt: number) => ({ user: { id: String(userId) }, authAt });
const viewerWith = async (t: ReturnType<typeof token>) => {
  state.session = t;
  return (await getViewer()).kind;
};
/** A session issued a moment ago, before whatever the test does next. */
const earlier = () => Date.now() - 5;

beforeAll(async () => {
  await seedDemo(db, []);
  staff = await import('./staff');
  signIn = await import('../sign-in');
  ({ getViewer } = await import('@/lib/auth/viewer'));
});

describe('sessions end', { timeout: 30_000 }, () => {
  it('at sign-out, on every device; a new sign-in right afterwards works', async () => {
    const mulder = idOf('mulder@bobine.test');
    const phone = token(mulder, earlier());
    const laptop = token(mulder, earlier());
    expect(await viewerWith(laptop)).toBe('staff');
    await signIn.recordSignOut(mulder, laptop.authAt);
    expect(await viewerWith(laptop)).toBe('anonymous');
    expect(await viewerWith(phone)).toBe('anonymous');
    // Issued in the same instant as the sign-out: still a new session.
    const bumped = db.select({ at: users.sessionsValidAfter }).from(users).where(eq(users.id, mulder)).get()!.at!.getTime();
    expect(await viewerWith(token(mulder, bumped))).toBe('staff');
  });

  it('a signed-out token cannot sign its owner out again', async () => {
    const margaux = idOf('margaux@bobine.test');
    const old = token(margaux, earlier());
    await signIn.recordSignOut(margaux, old.authAt);
    const fresh = token(margaux, Date.now() + 1);
    await signIn.recordSignOut(margaux, old.authAt);
    expect(await viewerWith(fresh)).toBe('staff');
  });

  it('when the password is changed by its owner', async () => {
    const sabine = idOf('sabine@bobine.test');
    const session = token(sabine, earlier());
    state.session = session;
    await staff.changeOwnPassword('bobine-sabine', 'a-brand-new-password');
    expect(await viewerWith(session)).toBe('anonymous');
  });

  it('when an admin resets the password, disables the account (even once enabled again) or changes the role', async () => {
    const admin = token(idOf('admin@bobine.test'), Date.now() + 60_000);
    const editor = idOf('editor@bobine.test');

    let session = token(editor, earlier());
    state.session = admin;
    await staff.resetPassword(editor, 'temporary', 'temporary-0123456');
    expect(await viewerWith(session)).toBe('anonymous');

    session = token(editor, earlier());
    state.session = admin;
    await staff.setDisabled(editor, true);
    state.session = admin;
    await staff.setDisabled(editor, false);
    expect(await viewerWith(session)).toBe('anonymous');

    session = token(editor, earlier());
    state.session = admin;
    await staff.changeRole(editor, 'reviewer');
    expect(await viewerWith(session)).toBe('anonymous');
    expect(await viewerWith(token(editor, Date.now() + 1))).toBe('staff');
  });
});
