/**
 * The sign-in lock under parallel guesses, and who it locks out. Runs verifyCredentials against a
 * temporary database, as the next-auth Credentials provider does.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/rate-limit';
import { useTempDatabase } from '@/lib/test/temp-db';

const { db } = useTempDatabase();
let signIn: typeof import('./sign-in');

beforeAll(async () => {
  await seedDemo(db, []);
  signIn = await import('./sign-in');
});

const attempt = (email: string, password: string, ip: string) => signIn.verifyCredentials(email, password, ip);

describe('sign-in lock', { timeout: 30_000 }, () => {
  it('100 parallel wrong passwords: no more than the limit are checked, the rest are told "locked"', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => attempt('mulder@bobine.test', 'wrong-password-1', '10.0.1.1')));
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(100 - checked);
    // Locks are audited.
    const id = db.select({ id: users.id }).from(users).where(eq(users.email, 'mulder@bobine.test')).get()!.id;
    const audited = db.select().from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'auth.sign_in_failed'))).all();
    expect(audited).toHaveLength(100);
  });

  it('the right password sent as the 20th of 20 parallel guesses does not sign in', async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 19 ? 'bobine-margaux' : `wrong-password-${i}`));
    const results = await Promise.all(guesses.map((p) => attempt('margaux@bobine.test', p, '10.0.2.1')));
    expect(results[19]).toMatchObject({ ok: false, reason: 'locked' });
    expect(results.some((r) => r.ok)).toBe(false);
  });

  it('guesses from elsewhere do not lock the owner out of an address they signed in from', async () => {
    expect(await attempt('sabine@bobine.test', 'bobine-sabine', '10.0.3.1')).toMatchObject({ ok: true });
    for (let i = 0; i < 6; i++) await attempt('sabine@bobine.test', `wrong-password-${i}`, '10.0.3.66');
    expect(await attempt('sabine@bobine.test', 'bobine-sabine', '10.0.3.66')).toMatchObject({ ok: false, reason: 'locked' });
    // From an address the account never signed in from, the account lock holds.
    expect(await attempt('sabine@bobine.test', 'bobine-sabine', '10.0.3.99')).toMatchObject({ ok: false, reason: 'locked' });
    // The owner's own address is still open.
    expect(await attempt('sabine@bobine.test', 'bobine-sabine', '10.0.3.1')).toMatchObject({ ok: true });
  });

  it('a known address is limited too, per account and address', async () => {
    expect(await attempt('editor@bobine.test', 'bobine-editor', '10.0.4.1')).toMatchObject({ ok: true });
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt('editor@bobine.test', 'wrong-password-2', '10.0.4.1')));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid').length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(await attempt('editor@bobine.test', 'bobine-editor', '10.0.4.1')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('a success does not count as a failure', async () => {
    for (let i = 0; i < 8; i++) expect(await attempt('admin@bobine.test', 'bobine-admin', '10.0.5.1')).toMatchObject({ ok: true });
  });
});
