/**
 * Every server action × every kind of viewer, called directly as a crafted request would: what the
 * permission table allows succeeds; what it refuses answers 403 (Next.js `forbidden()`) to a
 * signed-in staff member, or a sign-in answer to nobody, and changes nothing in the database.
 * The actions run for real against a temporary database; only Next.js's request plumbing
 * (`redirect`, `forbidden`, cache revalidation) is replaced by stand-ins that record the answer.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { companies, editorialComments, media, notifications, people, reviewLocks } from '@/db/schema';
import { can, type Action } from '@/lib/auth/permissions';
import { actAs } from '@/lib/test/as-viewer';
import { ids, knownPassword, reviewIn, seedMatrix, snapshot, viewerOf, WHO, type ReviewStatus, type Who } from '@/lib/test/matrix';
import { useTempDatabase } from '@/lib/test/temp-db';
import { NotSignedIn } from '@/lib/dal/errors';

const next = vi.hoisted(() => {
  class Forbidden extends Error {}
  class Redirect extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  }
  return { Forbidden, Redirect };
});
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new next.Forbidden('403');
  },
  redirect: (url: string) => {
    throw new next.Redirect(url);
  },
  notFound: () => {
    throw new Error('404');
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db, sqlite } = useTempDatabase();

type Outcome = 'ok' | 'forbidden' | 'signed-out' | 'refused' | 'empty';
type Op = {
  name: string;
  action: Action;
  owner?: () => number | null;
  /** The state reviewer A's review is put in before the call; run receives its version. */
  state?: ReviewStatus;
  /** Creates what the call works on, before the snapshot. */
  prepare?: () => Promise<Record<string, number>>;
  run: (who: Who, ctx: { version: number } & Record<string, number>) => Promise<unknown>;
  /** How a refusal looks when it is not a 403: look-ups answer "no match". */
  refusedAs?: Outcome;
  signedOutAs?: Outcome;
  /** For actions whose answer does not tell success (the lock): ask the database. */
  succeeded?: (who: Who) => Promise<boolean>;
};

let actions: {
  companies: typeof import('@/app/admin/companies/actions');
  films: typeof import('@/app/admin/films/actions');
  inbox: typeof import('@/app/admin/inbox-actions');
  media: typeof import('@/app/admin/media/actions');
  people: typeof import('@/app/admin/people/actions');
  profile: typeof import('@/app/admin/profile/actions');
  reviews: typeof import('@/app/admin/reviews/actions');
  staff: typeof import('@/app/admin/staff/actions');
};
let reviewId = 0;
let filmId = 0;
let counter = 0;

function form(fields: Record<string, string | number>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  return f;
}
const IDLE = { status: 'idle' } as const;
const ownedByA = () => ids.reviewerA;
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] };
const fields = { body, mark: 8, seenOn: '', venue: '', containsSpoilers: false };

async function twoRecords(table: typeof people | typeof companies) {
  const n = ++counter;
  const [a] = await db.insert(table).values({ name: `Record ${n}a`, slug: `record-${n}-a` }).returning({ id: table.id });
  const [b] = await db.insert(table).values({ name: `Record ${n}b`, slug: `record-${n}-b` }).returning({ id: table.id });
  return { keepId: a!.id, removeId: b!.id };
}

/** A library image uploaded by reviewer A (no file needed: the actions only touch the record). */
async function imageOfA() {
  const n = ++counter;
  const [m] = await db
    .insert(media)
    .values({ fileName: `still-${n}.jpg`, path: `media/${String(n).padStart(16, '0')}.jpg`, version: String(n).padStart(16, '0'), mime: 'image/jpeg', width: 800, height: 450, bytes: 1000, alt: 'A still', uploaderId: ids.reviewerA })
    .returning({ id: media.id });
  return { mediaId: m!.id };
}

const transition = (event: string, extra: Record<string, string> = {}) => (_who: Who, ctx: { version: number }) =>
  actions.reviews.transitionReviewAction({ reviewId, version: ctx.version, event, ...extra });

const OPS: Op[] = [
  {
    name: 'searchMediaAction',
    action: 'media.read',
    refusedAs: 'empty',
    signedOutAs: 'empty',
    prepare: imageOfA,
    run: () => actions.media.searchMediaAction(''),
  },
  {
    name: 'updateMediaAction',
    action: 'media.edit',
    owner: ownedByA,
    prepare: imageOfA,
    run: (_w, c) => actions.media.updateMediaAction(IDLE, form({ id: c.mediaId!, alt: 'A still, described', caption: '', credit: '© Someone' })),
  },
  {
    name: 'deleteMediaAction',
    action: 'media.delete',
    owner: ownedByA,
    prepare: imageOfA,
    run: (_w, c) => actions.media.deleteMediaAction(IDLE, form({ id: c.mediaId! })),
  },
  // Catalogue
  { name: 'saveCompanyAction', action: 'catalogue.manage', run: () => actions.companies.saveCompanyAction(IDLE, form({ name: `Company ${++counter}`, slug: '' })) },
  {
    name: 'mergeCompaniesAction',
    action: 'catalogue.manage',
    prepare: () => twoRecords(companies),
    run: (_w, c) => actions.companies.mergeCompaniesAction(IDLE, form({ keepId: c.keepId!, removeId: c.removeId! })),
  },
  {
    name: 'deleteCompanyAction',
    action: 'catalogue.manage',
    prepare: () => twoRecords(companies),
    run: (_w, c) => actions.companies.deleteCompanyAction(IDLE, form({ id: c.removeId! })),
  },
  { name: 'savePersonAction', action: 'catalogue.manage', run: () => actions.people.savePersonAction(IDLE, form({ name: `Person ${++counter}`, slug: '', bio: '' })) },
  {
    name: 'mergePeopleAction',
    action: 'catalogue.manage',
    prepare: () => twoRecords(people),
    run: (_w, c) => actions.people.mergePeopleAction(IDLE, form({ keepId: c.keepId!, removeId: c.removeId! })),
  },
  {
    name: 'deletePersonAction',
    action: 'catalogue.manage',
    prepare: () => twoRecords(people),
    run: (_w, c) => actions.people.deletePersonAction(IDLE, form({ id: c.removeId! })),
  },
  {
    name: 'saveFilmAction',
    action: 'catalogue.manage',
    run: () =>
      actions.films.saveFilmAction(
        IDLE,
        form({ title: `Film ${++counter}`, slug: '', synopsis: '', releaseKind: 'cinema', runtimeMinutes: '', releases: '[]', credits: '[]', companies: '[]' }),
      ),
  },
  {
    name: 'saveFilmStillsAction',
    action: 'catalogue.manage',
    prepare: imageOfA,
    run: (_w, c) => actions.films.saveFilmStillsAction(IDLE, form({ filmId, mediaIds: JSON.stringify([c.mediaId!]) })),
  },
  { name: 'searchPeopleAction', action: 'catalogue.manage', refusedAs: 'empty', signedOutAs: 'empty', run: () => actions.films.searchPeopleAction('a') },
  { name: 'searchCompaniesAction', action: 'catalogue.manage', refusedAs: 'empty', signedOutAs: 'empty', run: () => actions.films.searchCompaniesAction('a') },

  // Own account
  {
    name: 'changePasswordAction',
    action: 'profile.edit',
    run: (who) =>
      actions.profile.changePasswordAction(IDLE, form({ currentPassword: knownPassword(who), newPassword: knownPassword(who), confirmPassword: knownPassword(who) })),
  },
  {
    name: 'updateProfileAction',
    action: 'profile.edit',
    run: (who) => actions.profile.updateProfileAction(IDLE, form({ penName: `Pen ${who}`, slug: `pen-${who.toLowerCase()}`, bio: '' })),
  },

  {
    // After updateProfileAction, so that every staff member has a profile to put it on.
    name: 'setPortraitAction',
    action: 'profile.edit',
    prepare: imageOfA,
    run: (_w, c) => actions.profile.setPortraitAction(IDLE, form({ mediaId: c.mediaId! })),
  },

  // Staff accounts
  {
    name: 'createStaffAction',
    action: 'staff.manage',
    run: () => actions.staff.createStaffAction(IDLE, form({ email: `new${++counter}@bobine.test`, name: 'New Person', role: 'reviewer', passwordMode: 'link' })),
  },
  {
    name: 'setStaffPortraitAction',
    action: 'staff.manage',
    prepare: imageOfA,
    run: (_w, c) => actions.staff.setStaffPortraitAction(IDLE, form({ userId: ids.reviewerB!, mediaId: c.mediaId! })),
  },
  { name: 'changeRoleAction', action: 'staff.manage', run: () => actions.staff.changeRoleAction(IDLE, form({ userId: ids.reviewerB!, role: 'reviewer' })) },
  { name: 'setDisabledAction', action: 'staff.manage', run: () => actions.staff.setDisabledAction(IDLE, form({ userId: ids.reviewerB!, disabled: 'false' })) },
  { name: 'resetPasswordAction', action: 'staff.manage', run: () => actions.staff.resetPasswordAction(IDLE, form({ userId: ids.disabled!, passwordMode: 'link' })) },

  // The review desk
  { name: 'searchFilmsAction', action: 'review.create', refusedAs: 'empty', signedOutAs: 'empty', run: () => actions.reviews.searchFilmsAction('bal') },
  { name: 'startReviewAction', action: 'review.create', run: () => actions.reviews.startReviewAction(form({ filmId })) },
  {
    name: 'saveReviewAction',
    action: 'review.edit',
    owner: ownedByA,
    state: 'draft',
    run: (_w, c) => actions.reviews.saveReviewAction({ reviewId, version: c.version, kind: 'manual', fields }),
  },
  {
    name: 'restoreRevisionAction',
    action: 'review.edit',
    owner: ownedByA,
    state: 'draft',
    run: (_w, c) => actions.reviews.restoreRevisionAction(form({ reviewId, number: 1, version: c.version })),
  },
  { name: 'submit', action: 'review.submit', owner: ownedByA, state: 'draft', run: transition('submit') },
  { name: 'withdraw', action: 'review.withdraw', owner: ownedByA, state: 'in_review', run: transition('withdraw') },
  { name: 'request_changes', action: 'review.request_changes', state: 'in_review', run: transition('request_changes', { message: 'More.' }) },
  { name: 'approve', action: 'review.approve', state: 'in_review', run: transition('approve') },
  { name: 'publish', action: 'review.publish', state: 'approved', run: transition('publish') },
  { name: 'schedule', action: 'review.publish', state: 'approved', run: transition('schedule', { publishAt: '2099-01-01T10:00' }) },
  { name: 'unpublish', action: 'review.unpublish', state: 'published', run: transition('unpublish') },
  { name: 'addCommentAction', action: 'review.comment', owner: ownedByA, run: () => actions.reviews.addCommentAction(reviewId, 'A note.') },
  {
    name: 'commentOnPassageAction',
    action: 'review.comment',
    owner: ownedByA,
    state: 'draft',
    run: (_w, c) => {
      const anchor = `matrix-passage-${++counter}`;
      const marked = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.', marks: [{ type: 'comment', attrs: { thread: anchor } }] }] }] };
      return actions.reviews.commentOnPassageAction({ reviewId, version: c.version, anchor, body: 'On these words.', fields: { ...fields, body: marked } });
    },
  },
  {
    name: 'resolveCommentAction',
    action: 'review.comment',
    owner: ownedByA,
    prepare: async () => {
      const [c] = await db.insert(editorialComments).values({ reviewId, authorId: ids.editor, body: 'Fix this.' }).returning({ id: editorialComments.id });
      return { commentId: c!.id };
    },
    run: (_w, c) => actions.reviews.resolveCommentAction(c.commentId!, true),
  },
  // Everyone on the staff has an inbox; the DAL narrows every write to the viewer's own rows.
  {
    name: 'markReadAction',
    action: 'admin.enter',
    prepare: async () => {
      const [n] = await db.insert(notifications).values({ recipientId: ids.reviewerA!, kind: 'approved', reviewId, actorId: ids.editor, at: new Date() }).returning({ id: notifications.id });
      return { notificationId: n!.id };
    },
    run: (_w, c) => actions.inbox.markReadAction(form({ id: c.notificationId! })),
  },
  { name: 'markAllReadAction', action: 'admin.enter', run: () => actions.inbox.markAllReadAction(form({})) },
  {
    name: 'lockAction',
    action: 'review.read',
    owner: ownedByA,
    state: 'draft',
    prepare: async () => {
      await db.delete(reviewLocks);
      return {};
    },
    run: () => actions.reviews.lockAction(reviewId, true),
    succeeded: async (who) => Boolean(await db.select().from(reviewLocks).where(and(eq(reviewLocks.reviewId, reviewId), eq(reviewLocks.userId, ids[who] ?? -1))).get()),
  },
];

async function outcomeOf(op: Op, who: Who, run: () => Promise<unknown>): Promise<Outcome> {
  let r: unknown;
  try {
    r = await run();
  } catch (e) {
    if (e instanceof next.Forbidden) return 'forbidden';
    if (e instanceof next.Redirect) return e.url.startsWith('/login') ? 'signed-out' : /[?&]error=/.test(e.url) ? 'refused' : 'ok';
    if (e instanceof NotSignedIn) return 'signed-out';
    throw e;
  }
  if (op.succeeded) return (await op.succeeded(who)) ? 'ok' : viewerOf(who).kind === 'anonymous' ? 'signed-out' : 'refused';
  if (r === undefined) return 'ok';
  if (Array.isArray(r)) return r.length > 0 ? 'ok' : 'empty';
  const o = r as { status?: string; message?: string; ok?: boolean; kind?: string };
  if (o.status === 'success' || o.ok === true) return 'ok';
  if (o.kind === 'signed_out' || /session has ended/i.test(o.message ?? '')) return 'signed-out';
  return 'refused';
}

beforeAll(async () => {
  ({ filmId } = await seedMatrix(db));
  actions = {
    companies: await import('@/app/admin/companies/actions'),
    films: await import('@/app/admin/films/actions'),
    inbox: await import('@/app/admin/inbox-actions'),
    media: await import('@/app/admin/media/actions'),
    people: await import('@/app/admin/people/actions'),
    profile: await import('@/app/admin/profile/actions'),
    reviews: await import('@/app/admin/reviews/actions'),
    staff: await import('@/app/admin/staff/actions'),
  };
  const { startReview } = await import('@/lib/dal/desk/reviews');
  actAs(ids.reviewerA);
  reviewId = await startReview(filmId);
});

describe('server actions × viewers', () => {
  it('covers every exported server action', async () => {
    const exported = Object.values(actions).flatMap((m) => Object.keys(m));
    const covered = new Set(OPS.map((o) => (o.name.endsWith('Action') ? o.name : 'transitionReviewAction')));
    // setPasswordAction is public: the one-time token in the form is its permission.
    expect(exported.filter((name) => !covered.has(name) && name !== 'setPasswordAction')).toEqual([]);
  });

  for (const op of OPS) {
    for (const who of WHO) {
      it(`${op.name} as ${who}`, async () => {
        const viewer = viewerOf(who);
        const allowed = can(viewer, op.action, op.owner ? { ownerId: op.owner() } : undefined);
        const ctx = { version: op.state ? await reviewIn(db, reviewId, op.state) : 0, ...(op.prepare ? await op.prepare() : {}) };
        actAs(ids[who]);
        const before = snapshot(sqlite);
        const outcome = await outcomeOf(op, who, () => op.run(who, ctx));
        if (allowed) {
          expect(outcome).toBe('ok');
        } else {
          expect(outcome).toBe(viewer.kind === 'anonymous' ? (op.signedOutAs ?? 'signed-out') : (op.refusedAs ?? 'forbidden'));
          expect(snapshot(sqlite)).toBe(before);
        }
      });
    }
  }
});
