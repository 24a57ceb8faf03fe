/**
 * The leave-the-page lock release (app/api/reviews/[id]/lock/route.ts): a closed editor frees the
 * review at once, for its own viewer only, and nobody else's request releases anything.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewLocks, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';

const { db } = useTempDatabase();
let POST: typeof import('@/app/api/reviews/[id]/lock/route').POST;
let touchLock: typeof import('@/lib/dal/desk/reviews').touchLock;
let reviewId = 0;
const idOf = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const release = (headers: Record<string, string> = {}) =>
  POST(new Request(`http://localhost/api/reviews/${reviewId}/lock`, { method: 'POST', headers: { host: 'localhost', ...headers } }), {
    params: Promise.resolve({ id: String(reviewId) }),
  });
const lockHolder = () => db.select({ userId: reviewLocks.userId }).from(reviewLocks).where(eq(reviewLocks.reviewId, reviewId)).get()?.userId ?? null;

beforeAll(async () => {
  await seedDemo(db, demoFilms.slice(0, 1));
  ({ POST } = await import('@/app/api/reviews/[id]/lock/route'));
  ({ touchLock } = await import('@/lib/dal/desk/reviews'));
  const mulder = idOf('mulder@bobine.test');
  reviewId = db.select({ id: reviews.id }).from(reviews).where(eq(reviews.authorId, mulder)).get()!.id;
});

describe('releasing the soft lock when the editor closes', () => {
  it('frees the review held by the caller', async () => {
    actAs(idOf('editor@bobine.test'));
    await touchLock(reviewId);
    expect(lockHolder()).toBe(idOf('editor@bobine.test'));
    expect((await release({ origin: 'http://localhost' })).status).toBe(204);
    expect(lockHolder()).toBeNull();
  });

  it('leaves someone else’s lock, refuses other sites and anonymous callers', async () => {
    actAs(idOf('editor@bobine.test'));
    await touchLock(reviewId);
    actAs(idOf('admin@bobine.test'));
    expect((await release()).status).toBe(204);
    expect(lockHolder()).toBe(idOf('editor@bobine.test'));
    actAs(idOf('editor@bobine.test'));
    expect((await release({ origin: 'https://evil.example' })).status).toBe(403);
    actAs(null);
    expect((await release()).status).toBe(401);
    expect(lockHolder()).toBe(idOf('editor@bobine.test'));
  });
});
