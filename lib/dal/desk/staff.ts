/**
 * Staff accounts (admins only) and each staff member's own account and public profile. Every
 * function resolves the viewer and checks permissions itself.
 */
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, gt, isNull } from 'drizzle-orm';
import { passwordTokens, reviewerProfiles, reviewerSlugRedirects, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { now } from '@/lib/clock';
import { freeSlug } from '@/lib/slug';
import type { StaffRole } from '@/lib/workflow-states';
import { PEN_NAME_MAX, type CreateStaffInput, type ProfileInput } from '@/lib/validation/staff';
import { recordAudit } from '../audit-log';
import { portraitOfUser } from './portraits';
import { getDb, type Tx } from '../db';
import { FieldConflict, NotFound, Refused } from '../errors';
import { authorize } from '../guard';
import { slugHeldByAnother } from '../sql';
import type { Handover, OwnAccount, StaffRow } from '../types';

const LINK_LIFETIME_MS = 72 * 60 * 60 * 1000;

function staffQuery() {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      penName: reviewerProfiles.penName,
      profileSlug: reviewerProfiles.slug,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id));
}

function toStaffRow({ disabledAt, ...rest }: Awaited<ReturnType<typeof staffQuery>>[number]): StaffRow {
  return { ...rest, disabled: disabledAt !== null };
}

export async function listStaff(): Promise<StaffRow[]> {
  await authorize('staff.manage');
  return (await staffQuery().orderBy(asc(users.name))).map(toStaffRow);
}

/** People an admin can filter the audit log by. */
export async function listStaffNames(): Promise<{ id: number; name: string }[]> {
  await authorize('audit.read');
  return getDb().select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name));
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}


/** Ends every set-password link of an account that is still unused: a new password supersedes them. */
function revokeLinks(tx: Tx, userId: number) {
  tx.update(passwordTokens).set({ usedAt: now() }).where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt))).run();
}

function issueLink(tx: Tx, userId: number): Handover {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now().getTime() + LINK_LIFETIME_MS);
  tx.insert(passwordTokens).values({ tokenHash: hashToken(token), userId, expiresAt }).run();
  return { kind: 'link', path: `/set-password/${token}`, expiresAt };
}

/** The pen name a new critic starts with: the first word of their name, within the pen-name limit. */
export function defaultPenName(name: string): string {
  return (name.trim().split(/\s+/)[0] || 'Critic').slice(0, PEN_NAME_MAX);
}

/**
 * A free public address for a critic: not another critic's page, and not an old address that
 * still leads to another critic (`reviewer_slug_redirects`).
 */
export function freeCriticSlug(tx: Tx, penName: string): string {
  return freeSlug(penName, 'critic', (s) =>
    Boolean(
      tx.select({ id: reviewerProfiles.userId }).from(reviewerProfiles).where(eq(reviewerProfiles.slug, s)).get() ||
        tx.select({ id: reviewerSlugRedirects.userId }).from(reviewerSlugRedirects).where(eq(reviewerSlugRedirects.slug, s)).get(),
    ),
  );
}

export async function createStaff(input: CreateStaffInput): Promise<{ userId: number; handover: Handover }> {
  const admin = await authorize('staff.manage');
  const db = getDb();
  if (await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
    throw new FieldConflict('email', 'An account with this email already exists.');
  }
  const passwordHash = input.passwordMode === 'temporary' ? await hashPassword(input.temporaryPassword) : null;
  const penName = input.penName || (input.role === 'reviewer' ? defaultPenName(input.name) : '');

  return db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, passwordHash })
      .returning({ id: users.id })
      .get();
    if (penName) tx.insert(reviewerProfiles).values({ userId: user.id, penName, slug: freeCriticSlug(tx, penName) }).run();
    const handover: Handover =
      input.passwordMode === 'temporary' ? { kind: 'temporary', password: input.temporaryPassword } : issueLink(tx, user.id);
    recordAudit(
      { actorId: admin.id, action: 'staff.created', entityType: 'user', entityId: user.id, details: { email: input.email, role: input.role } },
      tx,
    );
    return { userId: user.id, handover };
  });
}

async function loadUser(userId: number) {
  const user = await getDb().select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new NotFound('No such account.');
  return user;
}

async function activeAdminCount(): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

export async function changeRole(userId: number, role: StaffRole): Promise<void> {
  const admin = await authorize('staff.manage');
  const user = await loadUser(userId);
  if (user.role === role) return;
  if (user.role === 'admin' && !user.disabledAt && (await activeAdminCount()) <= 1) {
    throw new Refused('This is the last admin: make someone else an admin first.');
  }
  getDb().transaction((tx) => {
    // Sessions issued before the change end with it (lib/dal/identity.ts compares sign-in times).
    tx.update(users).set({ role, sessionsValidAfter: now(), updatedAt: now() }).where(eq(users.id, userId)).run();
    recordAudit({ actorId: admin.id, action: 'staff.role_changed', entityType: 'user', entityId: userId, details: { from: user.role, to: role } }, tx);
  });
}

export async function setDisabled(userId: number, disabled: boolean): Promise<void> {
  const admin = await authorize('staff.manage');
  const user = await loadUser(userId);
  if (Boolean(user.disabledAt) === disabled) return;
  if (disabled && user.id === admin.id) throw new Refused('You cannot disable your own account.');
  if (disabled && user.role === 'admin' && (await activeAdminCount()) <= 1) {
    throw new Refused('This is the last admin: make someone else an admin first.');
  }
  getDb().transaction((tx) => {
    tx.update(users)
      // Enabling again must not revive a cookie issued before the account was disabled.
      .set({ disabledAt: disabled ? now() : null, sessionsValidAfter: now(), updatedAt: now() })
      .where(eq(users.id, userId))
      .run();
    recordAudit({ actorId: admin.id, action: disabled ? 'staff.disabled' : 'staff.enabled', entityType: 'user', entityId: userId }, tx);
  });
}

/** Replaces the password (or issues a set-password link) and ends every open session of the account. */
export async function resetPassword(userId: number, mode: 'temporary' | 'link', temporaryPassword = ''): Promise<Handover> {
  const admin = await authorize('staff.manage');
  await loadUser(userId);
  const passwordHash = mode === 'temporary' ? await hashPassword(temporaryPassword) : null;
  return getDb().transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, sessionsValidAfter: now(), updatedAt: now() })
      .where(eq(users.id, userId))
      .run();
    // An older link may be what leaked: only the one issued now may set the password.
    revokeLinks(tx, userId);
    const handover: Handover = mode === 'temporary' ? { kind: 'temporary', password: temporaryPassword } : issueLink(tx, userId);
    recordAudit(
      { actorId: admin.id, action: mode === 'temporary' ? 'staff.password_reset' : 'staff.password_link', entityType: 'user', entityId: userId },
      tx,
    );
    return handover;
  });
}


/** Whether a set-password link can still be used (the page shows a clear message otherwise). */
export async function getPasswordLink(token: string): Promise<{ email: string } | null> {
  const row = await getDb()
    .select({ email: users.email })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now())))
    .get();
  return row ?? null;
}

/** Uses a one-time link: no session needed, the token is the credential. */
export async function setPasswordWithLink(token: string, newPassword: string): Promise<boolean> {
  const passwordHash = await hashPassword(newPassword);
  const at = now();
  return getDb().transaction((tx) => {
    const link = tx
      .select()
      .from(passwordTokens)
      .where(and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, at)))
      .get();
    if (!link) return false;
    tx.update(passwordTokens).set({ usedAt: at }).where(eq(passwordTokens.tokenHash, link.tokenHash)).run();
    tx.update(users).set({ passwordHash, sessionsValidAfter: at, updatedAt: at }).where(eq(users.id, link.userId)).run();
    recordAudit({ actorId: link.userId, action: 'staff.password_set', entityType: 'user', entityId: link.userId }, tx);
    return true;
  });
}

export async function getOwnAccount(): Promise<OwnAccount> {
  const viewer = await authorize('profile.edit');
  const profile = await getDb()
    .select({ penName: reviewerProfiles.penName, slug: reviewerProfiles.slug, bio: reviewerProfiles.bio })
    .from(reviewerProfiles)
    .where(eq(reviewerProfiles.userId, viewer.id))
    .get();
  return { id: viewer.id, email: viewer.email, name: viewer.name, role: viewer.role, profile: profile ? { ...profile, portrait: portraitOfUser(getDb(), viewer.id) } : null };
}

export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const viewer = await authorize('profile.edit');
  const user = await loadUser(viewer.id);
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new FieldConflict('currentPassword', 'That is not your current password.');
  }
  const passwordHash = await hashPassword(newPassword);
  getDb().transaction((tx) => {
    // Ends every session, this one included: whoever knew the old password signs in again.
    tx.update(users).set({ passwordHash, sessionsValidAfter: now(), updatedAt: now() }).where(eq(users.id, viewer.id)).run();
    revokeLinks(tx, viewer.id);
    recordAudit({ actorId: viewer.id, action: 'staff.password_changed', entityType: 'user', entityId: viewer.id }, tx);
  });
}

export async function updateOwnProfile(input: ProfileInput): Promise<void> {
  const viewer = await authorize('profile.edit');
  const db = getDb();
  if (slugHeldByAnother(db, reviewerProfiles.userId, reviewerProfiles.slug, input.slug, viewer.id)) {
    throw new FieldConflict('slug', 'Another critic already uses this address.');
  }
  if (slugHeldByAnother(db, reviewerSlugRedirects.userId, reviewerSlugRedirects.slug, input.slug, viewer.id)) {
    throw new FieldConflict('slug', 'This address used to belong to another critic and still leads to their page.');
  }
  const current = await db.select({ slug: reviewerProfiles.slug }).from(reviewerProfiles).where(eq(reviewerProfiles.userId, viewer.id)).get();
  db.transaction((tx) => {
    tx.insert(reviewerProfiles)
      .values({ userId: viewer.id, penName: input.penName, slug: input.slug, bio: input.bio })
      .onConflictDoUpdate({ target: reviewerProfiles.userId, set: { penName: input.penName, slug: input.slug, bio: input.bio, updatedAt: now() } })
      .run();
    // Links and feed subscriptions to the old address keep working; taking it back ends the redirect.
    if (current && current.slug !== input.slug) {
      tx.insert(reviewerSlugRedirects).values({ slug: current.slug, userId: viewer.id }).onConflictDoNothing().run();
    }
    tx.delete(reviewerSlugRedirects).where(and(eq(reviewerSlugRedirects.slug, input.slug), eq(reviewerSlugRedirects.userId, viewer.id))).run();
    recordAudit({ actorId: viewer.id, action: 'staff.profile_updated', entityType: 'user', entityId: viewer.id, details: { slug: input.slug } }, tx);
  });
}

export async function getStaffMember(userId: number): Promise<StaffRow> {
  await authorize('staff.manage');
  const row = await staffQuery().where(eq(users.id, userId)).get();
  if (!row) throw new NotFound('No such account.');
  return toStaffRow(row);
}
