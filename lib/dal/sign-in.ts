/**
 * Checking a sign-in. Called by the next-auth Credentials provider before any session exists, so it
 * is the one DAL entry without a viewer. Failures are counted per account and per address in SQLite
 * (a restart does not reset them) and both kinds of attempt are audited.
 */
import 'server-only';
import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { auditEvents, signInFailures, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { FAILURE_WINDOW_MS, KNOWN_ADDRESS_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, lockedForMinutes } from '@/lib/auth/rate-limit';
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
  const addressKey = `ip:${ip}`;

  // The attempt is reserved (counted as a failure) before the password is hashed, in one
  // synchronous transaction: better-sqlite3 runs it without yielding, so parallel guesses are
  // counted one after another and no more than the limit ever reach the hash.
  const gate = db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.email, email)).get();
    const known =
      user !== undefined &&
      tx
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'user'),
            eq(auditEvents.entityId, user.id),
            eq(auditEvents.action, 'auth.sign_in'),
            eq(auditEvents.ip, ip),
            gt(auditEvents.at, new Date(at - KNOWN_ADDRESS_MS)),
          ),
        )
        .get() !== undefined;
    // From an address this account already signed in from, failures count per account and
    // address: guesses from elsewhere do not lock the owner out of it.
    const accountKey = known ? `email:${email}|ip:${ip}` : `email:${email}`;
    const failures = tx
      .select({ key: signInFailures.key, at: signInFailures.at })
      .from(signInFailures)
      .where(and(inArray(signInFailures.key, [accountKey, addressKey]), gt(signInFailures.at, new Date(at - FAILURE_WINDOW_MS))))
      .all();
    const times = (key: string) => failures.filter((f) => f.key === key).map((f) => f.at.getTime());
    const locked = Math.max(
      lockedForMinutes(times(accountKey), MAX_FAILURES_PER_ACCOUNT, at),
      lockedForMinutes(times(addressKey), MAX_FAILURES_PER_ADDRESS, at),
    );
    if (locked > 0) {
      recordAudit({ actorId: user?.id ?? null, action: 'auth.sign_in_failed', entityType: 'user', entityId: user?.id, details: { email, reason: 'locked' }, ip }, tx);
      return { user, locked, accountKey, reserved: [] };
    }
    const reserved = tx
      .insert(signInFailures)
      .values([
        { key: accountKey, at: new Date(at) },
        { key: addressKey, at: new Date(at) },
      ])
      .returning({ id: signInFailures.id })
      .all()
      .map((r) => r.id);
    tx.delete(signInFailures).where(lt(signInFailures.at, new Date(at - 24 * 60 * 60 * 1000))).run();
    return { user, locked: 0, accountKey, reserved };
  });
  const { user } = gate;
  if (gate.locked > 0) return { ok: false, reason: 'locked', retryAfterMinutes: gate.locked };

  // verifyPassword spends the same time on a missing account, so timing does not tell them apart.
  const passwordOk = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordOk || user.disabledAt) {
    // The reserved rows stay: they are this failure.
    const reason = !user ? 'unknown account' : user.disabledAt && passwordOk ? 'disabled' : 'wrong password';
    recordAudit({ actorId: user?.id ?? null, action: 'auth.sign_in_failed', entityType: 'user', entityId: user?.id, details: { email, reason }, ip });
    return { ok: false, reason: 'invalid' };
  }

  db.transaction((tx) => {
    // Not a failure after all; a success also clears this account's count where it was counted.
    tx.delete(signInFailures).where(inArray(signInFailures.id, gate.reserved)).run();
    tx.delete(signInFailures).where(eq(signInFailures.key, gate.accountKey)).run();
    recordAudit({ actorId: user.id, action: 'auth.sign_in', entityType: 'user', entityId: user.id, ip }, tx);
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

/**
 * Signing out ends every session of the account issued until now (the token is stateless, so this
 * is the only way to make the signed-out cookie useless). A token that is already no longer valid
 * changes nothing, so an old stolen cookie cannot be used to sign its owner out elsewhere.
 */
export async function recordSignOut(userId: number, authenticatedAt: number): Promise<void> {
  const at = now();
  getDb().transaction((tx) => {
    const user = tx.select({ sessionsValidAfter: users.sessionsValidAfter }).from(users).where(eq(users.id, userId)).get();
    if (!user || (user.sessionsValidAfter && authenticatedAt < user.sessionsValidAfter.getTime())) return;
    tx.update(users).set({ sessionsValidAfter: at }).where(eq(users.id, userId)).run();
    recordAudit({ actorId: userId, action: 'auth.sign_out', entityType: 'user', entityId: userId }, tx);
  });
}
