/**
 * Checking a sign-in. Called by the next-auth Credentials provider before any session exists, so it
 * is the one DAL entry without a viewer. Failures are counted per account and per address in SQLite
 * (a restart does not reset them) and both kinds of attempt are audited.
 */
import 'server-only';
import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { signInFailures, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, FAILURE_WINDOW_MS, lockedForMinutes } from '@/lib/auth/rate-limit';
import { now } from '@/lib/clock';
import { recordAudit } from './audit-log';
import { getDb } from './db';

export type SignInResult =
  | { ok: true; user: { id: number; name: string; email: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterMinutes: number };

export async function verifyCredentials(email: string, password: string, ip: string): Promise<SignInResult> {
  const db = getDb();
  const at = now().getTime();
  const accountKey = `email:${email}`;
  const addressKey = `ip:${ip}`;

  const failures = await db
    .select({ key: signInFailures.key, at: signInFailures.at })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, [accountKey, addressKey]), gt(signInFailures.at, new Date(at - FAILURE_WINDOW_MS))));
  const times = (key: string) => failures.filter((f) => f.key === key).map((f) => f.at.getTime());
  const locked = Math.max(
    lockedForMinutes(times(accountKey), MAX_FAILURES_PER_ACCOUNT, at),
    lockedForMinutes(times(addressKey), MAX_FAILURES_PER_ADDRESS, at),
  );

  const user = await db.select().from(users).where(eq(users.email, email)).get();
  if (locked > 0) {
    await recordAudit({ actorId: user?.id ?? null, action: 'auth.sign_in_failed', entityType: 'user', entityId: user?.id, details: { email, reason: 'locked' }, ip });
    return { ok: false, reason: 'locked', retryAfterMinutes: locked };
  }

  // verifyPassword spends the same time on a missing account, so timing does not tell them apart.
  const passwordOk = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordOk || user.disabledAt) {
    const reason = !user ? 'unknown account' : user.disabledAt && passwordOk ? 'disabled' : 'wrong password';
    db.transaction((tx) => {
      tx.insert(signInFailures).values([
        { key: accountKey, at: new Date(at) },
        { key: addressKey, at: new Date(at) },
      ]).run();
      tx.delete(signInFailures).where(lt(signInFailures.at, new Date(at - 24 * 60 * 60 * 1000))).run();
      recordAudit({ actorId: user?.id ?? null, action: 'auth.sign_in_failed', entityType: 'user', entityId: user?.id, details: { email, reason }, ip }, tx);
    });
    return { ok: false, reason: 'invalid' };
  }

  await db.delete(signInFailures).where(eq(signInFailures.key, accountKey));
  await recordAudit({ actorId: user.id, action: 'auth.sign_in', entityType: 'user', entityId: user.id, ip });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

export async function recordSignOut(userId: number): Promise<void> {
  await recordAudit({ actorId: userId, action: 'auth.sign_out', entityType: 'user', entityId: userId });
}
