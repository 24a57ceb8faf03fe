/**
 * What the permission matrices (DAL functions, server actions) share: the six kinds of viewer,
 * their accounts in a freshly seeded database, a snapshot to prove a refusal changed nothing, and
 * a way to put reviewer A's review in a given state before each call.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db';
import { films, reviewRevisions, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { Viewer } from '@/lib/auth/permissions';

export type Who = 'anonymous' | 'reviewerA' | 'reviewerB' | 'editor' | 'admin' | 'disabled';
export const WHO: Who[] = ['anonymous', 'reviewerA', 'reviewerB', 'editor', 'admin', 'disabled'];
export type ReviewStatus = 'draft' | 'in_review' | 'approved' | 'published';

/** The account behind each kind of viewer (null: nobody signed in). */
export const ids = {} as Record<Who, number | null>;

/** The viewer the permission table should see for `who`: a disabled account is nobody. */
export function viewerOf(who: Who): Viewer {
  if (who === 'anonymous' || who === 'disabled') return { kind: 'anonymous' };
  const role = who === 'admin' ? 'admin' : who === 'editor' ? 'editor' : 'reviewer';
  return { kind: 'staff', id: ids[who]!, role, name: who, email: `${who}@x` };
}

/** Seeds the first demo film and its accounts, plus a disabled admin; each gets a known password. */
export async function seedMatrix(db: DB): Promise<{ filmId: number }> {
  await seedDemo(db, (await import('@/db/seed/films')).demoFilms.slice(0, 1));
  const { hashPassword } = await import('@/lib/auth/password');
  const byEmail = async (email: string) => (await db.select().from(users).where(eq(users.email, email)).get())!.id;
  ids.anonymous = null;
  ids.reviewerA = await byEmail('mulder@bobine.test');
  ids.reviewerB = await byEmail('sabine@bobine.test');
  ids.editor = await byEmail('editor@bobine.test');
  ids.admin = await byEmail('admin@bobine.test');
  const disabled = await db
    .insert(users)
    .values({ email: 'gone@bobine.test', name: 'Gone', role: 'admin', disabledAt: new Date() })
    .returning({ id: users.id })
    .get();
  ids.disabled = disabled.id;
  for (const who of WHO) {
    if (ids[who]) await db.update(users).set({ passwordHash: await hashPassword(knownPassword(who)) }).where(eq(users.id, ids[who]!));
  }
  const [film] = await db.select({ id: films.id }).from(films);
  return { filmId: film!.id };
}

export function knownPassword(who: Who): string {
  return `pw-${who}-0123456789`;
}

/** Everything except the audit log, which allowed calls append to. */
export function snapshot(sqlite: Database.Database): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}"`).all()]));
}

/** Puts a review in a given state (with a mark, live when published); returns its version. */
export async function reviewIn(db: DB, reviewId: number, status: ReviewStatus): Promise<number> {
  const live = status === 'published';
  const [rev] = await db.select({ id: reviewRevisions.id }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, reviewId));
  await db
    .update(reviews)
    .set({ status, mark: 8, liveRevisionId: live ? rev!.id : null, publishedAt: live ? new Date(Date.now() - 1000) : null })
    .where(eq(reviews.id, reviewId));
  return (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, reviewId)).get())!.v;
}
