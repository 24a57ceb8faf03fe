/**
 * Every staff DAL entry point × every kind of viewer: allowed or refused exactly as the permission
 * table says, and a refusal changes nothing in the database.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { films, reviewRevisions, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { can, type Action, type Viewer } from '@/lib/auth/permissions';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { NotAllowed, NotSignedIn } from './errors';

const { db, sqlite } = useTempDatabase();

type Who = 'anonymous' | 'reviewerA' | 'reviewerB' | 'editor' | 'admin' | 'disabled';
const WHO: Who[] = ['anonymous', 'reviewerA', 'reviewerB', 'editor', 'admin', 'disabled'];
const ids = {} as Record<Who, number | null>;

/** Everything except the audit log, which allowed calls append to. */
function snapshot(): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}"`).all()]));
}

function viewerOf(who: Who): Viewer {
  if (who === 'anonymous' || who === 'disabled') return { kind: 'anonymous' };
  const role = who === 'admin' ? 'admin' : who === 'editor' ? 'editor' : 'reviewer';
  return { kind: 'staff', id: ids[who]!, role, name: who, email: `${who}@x` };
}

let counter = 0;
type ReviewStatus = 'draft' | 'in_review' | 'approved' | 'published';
type Op = {
  name: string;
  action: Action;
  owner?: (who: Who) => number | null;
  /** The state reviewer A's review is put in before the call; run receives its version. */
  state?: ReviewStatus;
  run: (who: Who, version: number) => Promise<unknown>;
};

let dal: {
  staff: typeof import('./staff');
  audit: typeof import('./audit');
  reviews: typeof import('./reviews');
};
let reviewId = 0;

/** Puts reviewer A's review in a given state before each call, so every case starts the same. */
async function reviewIn(status: ReviewStatus) {
  const live = status === 'published';
  const [rev] = await db.select({ id: reviewRevisions.id }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, reviewId));
  await db
    .update(reviews)
    .set({ status, mark: 8, liveRevisionId: live ? rev!.id : null, publishedAt: live ? new Date(Date.now() - 1000) : null })
    .where(eq(reviews.id, reviewId));
  return (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, reviewId)).get())!.v;
}

const fields = { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] } as never, mark: 8, seenOn: null, venue: null, containsSpoilers: false };
const ownedByA = () => ids.reviewerA;

const OPS: Op[] = [
  { name: 'listStaff', action: 'staff.manage', run: () => dal.staff.listStaff() },
  { name: 'getStaffMember', action: 'staff.manage', run: () => dal.staff.getStaffMember(ids.reviewerB!) },
  {
    name: 'createStaff',
    action: 'staff.manage',
    run: () =>
      dal.staff.createStaff({
        email: `new${++counter}@bobine.test`,
        name: 'New Person',
        role: 'reviewer',
        penName: '',
        passwordMode: 'link',
        temporaryPassword: '',
      }),
  },
  { name: 'changeRole', action: 'staff.manage', run: () => dal.staff.changeRole(ids.reviewerB!, 'reviewer') },
  { name: 'setDisabled', action: 'staff.manage', run: () => dal.staff.setDisabled(ids.reviewerB!, false) },
  { name: 'resetPassword', action: 'staff.manage', run: () => dal.staff.resetPassword(ids.disabled!, 'link') },
  { name: 'listAuditEvents', action: 'audit.read', run: () => dal.audit.listAuditEvents({ page: 1 }) },
  { name: 'listStaffNames', action: 'audit.read', run: () => dal.staff.listStaffNames() },
  { name: 'getOwnAccount', action: 'profile.edit', run: () => dal.staff.getOwnAccount() },
  {
    name: 'updateOwnProfile',
    action: 'profile.edit',
    run: (who) => dal.staff.updateOwnProfile({ penName: `Pen ${who}`, slug: `pen-${who.toLowerCase()}`, bio: '' }),
  },
  {
    name: 'changeOwnPassword',
    action: 'profile.edit',
    run: (who) => dal.staff.changeOwnPassword(`pw-${who}-0123456789`, `pw-${who}-0123456789`),
  },
  { name: 'getReviewForEditing', action: 'review.read', owner: ownedByA, run: () => dal.reviews.getReviewForEditing(reviewId) },
  { name: 'getReviewPreview', action: 'review.read', owner: ownedByA, run: () => dal.reviews.getReviewPreview(reviewId) },
  { name: 'listRevisions', action: 'review.read', owner: ownedByA, run: () => dal.reviews.listRevisions(reviewId) },
  { name: 'listQueue', action: 'queue.read', run: () => dal.reviews.listQueue() },
  { name: 'searchFilmsToReview', action: 'review.create', run: () => dal.reviews.searchFilmsToReview('bal') },
  {
    name: 'saveReview',
    action: 'review.edit',
    owner: ownedByA,
    state: 'draft',
    run: (_who, v) => dal.reviews.saveReview(reviewId, v, fields, 'manual'),
  },
  { name: 'addComment', action: 'review.comment', owner: ownedByA, run: () => dal.reviews.addComment(reviewId, 'A note.') },
  { name: 'submit', action: 'review.submit', owner: ownedByA, state: 'draft', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'submit', v) },
  { name: 'withdraw', action: 'review.withdraw', owner: ownedByA, state: 'in_review', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'withdraw', v) },
  {
    name: 'request_changes',
    action: 'review.requestChanges',
    state: 'in_review',
    run: (_who, v) => dal.reviews.transitionReview(reviewId, 'request_changes', v, { message: 'More.' }),
  },
  { name: 'approve', action: 'review.approve', state: 'in_review', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'approve', v) },
  { name: 'publish', action: 'review.publish', state: 'approved', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'publish', v) },
  {
    name: 'schedule',
    action: 'review.publish',
    state: 'approved',
    run: (_who, v) => dal.reviews.transitionReview(reviewId, 'schedule', v, { publishAt: new Date(Date.now() + 3_600_000) }),
  },
  { name: 'unpublish', action: 'review.unpublish', state: 'published', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'unpublish', v) },
];

beforeAll(async () => {
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
  // Known passwords so that changeOwnPassword can succeed for those allowed to call it.
  for (const who of WHO) {
    if (ids[who]) await db.update(users).set({ passwordHash: await hashPassword(`pw-${who}-0123456789`) }).where(eq(users.id, ids[who]!));
  }
  dal = { staff: await import('./staff'), audit: await import('./audit'), reviews: await import('./reviews') };
  actAs(ids.reviewerA);
  const [film] = await db.select({ id: films.id }).from(films);
  reviewId = await dal.reviews.startReview(film!.id);
});

describe('permission matrix', () => {
  for (const op of OPS) {
    for (const who of WHO) {
      const viewer = () => viewerOf(who);
      it(`${op.name} as ${who}`, async () => {
        actAs(ids[who]);
        const allowed = can(viewer(), op.action, op.owner ? { ownerId: op.owner(who) } : undefined);
        const version = op.state ? await reviewIn(op.state) : 0;
        if (allowed) {
          await expect(op.run(who, version)).resolves.not.toThrow();
        } else {
          const before = snapshot();
          const error = await op.run(who, version).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(viewer().kind === 'anonymous' ? NotSignedIn : NotAllowed);
          expect(snapshot()).toBe(before);
        }
      });
    }
  }
});
