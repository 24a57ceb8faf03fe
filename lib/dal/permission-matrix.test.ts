/**
 * Every staff DAL entry point × every kind of viewer: allowed or refused exactly as the permission
 * table says, and a refusal changes nothing in the database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { can, type Action } from '@/lib/auth/permissions';
import { actAs } from '@/lib/test/as-viewer';
import { ids, knownPassword, reviewIn, seedMatrix, snapshot, viewerOf, WHO, type ReviewStatus, type Who } from '@/lib/test/matrix';
import { useTempDatabase } from '@/lib/test/temp-db';
import { NotAllowed, NotSignedIn } from './errors';

const { db, sqlite } = useTempDatabase();

let counter = 0;
type Op = {
  name: string;
  action: Action;
  owner?: (who: Who) => number | null;
  /** The state reviewer A's review is put in before the call; run receives its version. */
  state?: ReviewStatus;
  run: (who: Who, version: number) => Promise<unknown>;
};

let dal: {
  staff: typeof import('./desk/staff');
  audit: typeof import('./desk/audit');
  reviews: typeof import('./desk/reviews');
  queue: typeof import('./desk/queue');
  inbox: typeof import('./desk/notifications');
};
let reviewId = 0;

let passages = 0;
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
    run: (who) => dal.staff.changeOwnPassword(knownPassword(who), knownPassword(who)),
  },
  { name: 'getReviewForEditing', action: 'review.read', owner: ownedByA, run: () => dal.reviews.getReviewForEditing(reviewId) },
  { name: 'getReviewPreview', action: 'review.read', owner: ownedByA, run: () => dal.reviews.getReviewPreview(reviewId) },
  { name: 'listRevisions', action: 'review.read', owner: ownedByA, run: () => dal.reviews.listRevisions(reviewId) },
  { name: 'listQueue', action: 'queue.read', run: () => dal.reviews.listQueue(5) },
  { name: 'listQueuePage', action: 'queue.read', run: () => dal.queue.listQueuePage({ q: undefined, state: 'all', sort: 'waiting', page: 1 }) },
  { name: 'readSubmission', action: 'queue.read', run: () => dal.queue.readSubmission(reviewId) },
  { name: 'listInbox', action: 'admin.enter', run: () => dal.inbox.listInbox() },
  { name: 'markAllNotificationsRead', action: 'admin.enter', run: () => dal.inbox.markAllNotificationsRead() },
  { name: 'searchFilmsToReview', action: 'review.create', run: () => dal.reviews.searchFilmsToReview('bal') },
  {
    name: 'saveReview',
    action: 'review.edit',
    owner: ownedByA,
    state: 'draft',
    run: (_who, v) => dal.reviews.saveReview(reviewId, v, fields, 'manual'),
  },
  { name: 'postComment', action: 'review.comment', owner: ownedByA, run: () => dal.reviews.postComment(reviewId, { on: 'review', body: 'A note.' }) },
  {
    // The passage's mark is part of the body: commenting on words saves the working copy with it.
    name: 'postComment on a passage',
    action: 'review.comment',
    owner: ownedByA,
    state: 'draft',
    run: (_who, v) => {
      const anchor = `matrix-${++passages}-anchor`;
      const marked = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.', marks: [{ type: 'comment', attrs: { thread: anchor } }] }] }] };
      return dal.reviews.postComment(reviewId, { on: 'passage', body: 'On these words.', anchor, expectedVersion: v, fields: { ...fields, body: marked as never } });
    },
  },
  { name: 'submit', action: 'review.submit', owner: ownedByA, state: 'draft', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'submit', v) },
  { name: 'withdraw', action: 'review.withdraw', owner: ownedByA, state: 'in_review', run: (_who, v) => dal.reviews.transitionReview(reviewId, 'withdraw', v) },
  {
    name: 'request_changes',
    action: 'review.request_changes',
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
  const { filmId } = await seedMatrix(db);
  dal = { staff: await import('./desk/staff'), audit: await import('./desk/audit'), reviews: await import('./desk/reviews'), queue: await import('./desk/queue'), inbox: await import('./desk/notifications') };
  actAs(ids.reviewerA);
  reviewId = await dal.reviews.startReview(filmId);
});

describe('permission matrix', () => {
  for (const op of OPS) {
    for (const who of WHO) {
      const viewer = () => viewerOf(who);
      it(`${op.name} as ${who}`, async () => {
        actAs(ids[who]);
        const allowed = can(viewer(), op.action, op.owner ? { ownerId: op.owner(who) } : undefined);
        const version = op.state ? await reviewIn(db, reviewId, op.state) : 0;
        if (allowed) {
          await expect(op.run(who, version)).resolves.not.toThrow();
        } else {
          const before = snapshot(sqlite);
          const error = await op.run(who, version).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(viewer().kind === 'anonymous' ? NotSignedIn : NotAllowed);
          expect(snapshot(sqlite)).toBe(before);
        }
      });
    }
  }
});
