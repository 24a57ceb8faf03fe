/** Account rules that are not permissions: set-password links and critics' public addresses. */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewerProfiles, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';

const { db } = useTempDatabase();
let staff: typeof import('./staff');
const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())!.id;
const tokenOf = (path: string) => path.split('/').pop()!;

beforeAll(async () => {
  await seedDemo(db, []);
  staff = await import('./staff');
});

describe('set-password links', () => {
  it('a new reset ends every older link: only the newest can set the password', async () => {
    actAs(await idOf('admin@bobine.test'));
    const sabine = await idOf('sabine@bobine.test');
    const first = await staff.resetPassword(sabine, 'link');
    const second = await staff.resetPassword(sabine, 'link');
    if (first.kind !== 'link' || second.kind !== 'link') throw new Error('expected links');
    expect(await staff.getPasswordLink(tokenOf(first.path))).toBeNull();
    expect(await staff.setPasswordWithLink(tokenOf(first.path), 'a-leaked-link-0123')).toBe(false);
    expect(await staff.getPasswordLink(tokenOf(second.path))).toEqual({ email: 'sabine@bobine.test' });

    // A temporary password set afterwards ends the live link too.
    await staff.resetPassword(sabine, 'temporary', 'temporary-0123456');
    expect(await staff.getPasswordLink(tokenOf(second.path))).toBeNull();
  });
});

describe('critics’ addresses', () => {
  it('a new critic never gets an address that still leads to another critic', async () => {
    const mulder = await idOf('mulder@bobine.test');
    actAs(mulder);
    await staff.updateOwnProfile({ penName: 'Mulder', slug: 'fox', bio: '' });
    actAs(await idOf('admin@bobine.test'));
    const { userId } = await staff.createStaff({ email: 'mulder2@bobine.test', name: 'Mulder Deux', role: 'reviewer', penName: '', passwordMode: 'link', temporaryPassword: '' });
    const profile = await db.select().from(reviewerProfiles).where(eq(reviewerProfiles.userId, userId)).get();
    expect(profile).toMatchObject({ penName: 'Mulder', slug: 'mulder-2' });
  });

  it('a default pen name is the first word of the name, within the limit', () => {
    expect(staff.defaultPenName('  Agnès Varda ')).toBe('Agnès');
    expect(staff.defaultPenName('x'.repeat(80))).toHaveLength(60);
  });
});
