/**
 * The review desk: reviewers' working copies, the editors' queue, saves with optimistic concurrency,
 * and the workflow transitions. Every function resolves the viewer and checks the permission table
 * and the workflow table itself; `saveReview` and `transitionReview` are the only writers of reviews.
 */
import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, max, not, or, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { editorialComments, films, media, reviewLocks, reviewRevisions, reviewerProfiles, reviews, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { deskViewOf } from '@/lib/desk-view';
import { now } from '@/lib/clock';
import { heldByOther, lockExpiresAt } from '@/lib/soft-lock';
import { EMPTY_DOC } from '@/lib/rich-text/allow-list';
import { commentAnchorsIn, commentPassagesIn, quoteOf } from '@/lib/rich-text/comment-key';
import { reviewBodyTooLarge } from '@/lib/rich-text/limits';
import { imageIdsOfVersions } from '@/lib/rich-text/image-changes';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { docToText } from '@/lib/rich-text/text';
import { siteDateOf } from '@/lib/dates';
import { MY_REVIEW_GROUPS, MY_REVIEWS_PAGE_SIZE, type MyReviewGroupDef, type MyReviewPages } from '@/lib/my-review-groups';
import { eventChecksFields, submissionProblems, type ReviewDraftInput } from '@/lib/validation/review';
import { applyEvent, availableEvents, canEditReview, eventAuditAction, MARK_NEEDED, stateAfterEdit, type ReviewEvent, type ReviewState } from '@/lib/workflow';
import { recordAudit } from '../audit-log';
import { getDb, type DB, type Tx } from '../db';
import { Conflict, FieldConflict, FieldsNotReady, InvalidTransition, NotAllowed, NotFound, Refused } from '../errors';
import { authorize, requireStaff, type StaffViewer } from '../guard';
import { defaultPenName, freeCriticSlug } from './staff';
import { deliverNotifications, notifyComment, notifyReviewEvent } from './notifications';
import { withLeadImages } from '../public/media';
import { keepOwnLeadImage, keepOwnMedia, mediaOfReviewBody, syncMediaUses } from './media';
import { contains, firstReleaseSql, pageCountOf, reviewContentColumns, reviewContentOf, sanitizedReviewContent } from '../sql';
import type { FilmChoice, PublicReview, ReviewForEditing, ReviewListItem, RevisionDetail, RevisionItem, SaveResult } from '../types';

/**
 * One review's comments or revisions, each with `author`: the name on the writer's account. A left
 * join, so that a row outlives the account that wrote it (author null). `more` narrows the rows.
 */
function reviewRowsWithAuthor<S extends SelectedFields>(
  table: typeof editorialComments | typeof reviewRevisions,
  reviewId: number,
  columns: S,
  ...more: SQL[]
) {
  return getDb()
    .select({ ...columns, author: users.name })
    .from(table)
    .leftJoin(users, eq(users.id, table.authorId))
    .where(and(eq(table.reviewId, reviewId), ...more));
}

/** Autosaves by the same person within this window update one revision instead of adding more. */
const AUTOSAVE_COALESCE_MS = 10 * 60_000;

function listColumns() {
  return {
    id: reviews.id,
    filmTitle: films.title,
    filmSlug: films.slug,
    author: sql<string>`coalesce(${reviewerProfiles.penName}, ${users.name})`,
    status: reviews.status,
    liveRevisionId: reviews.liveRevisionId,
    mark: reviews.mark,
    publishedAt: reviews.publishedAt,
    submittedAt: reviews.submittedAt,
    updatedAt: reviews.updatedAt,
  };
}

type ListRow = {
  id: number;
  filmTitle: string;
  filmSlug: string;
  author: string;
  status: ReviewState;
  liveRevisionId: number | null;
  mark: number | null;
  publishedAt: Date | null;
  submittedAt: Date | null;
  updatedAt: Date;
};

function toListItem(r: ListRow, at: Date): ReviewListItem {
  const live = r.liveRevisionId !== null && r.publishedAt !== null;
  return {
    id: r.id,
    film: { title: r.filmTitle, slug: r.filmSlug },
    author: r.author,
    status: r.status,
    live: live && r.publishedAt! <= at,
    scheduled: live && r.publishedAt! > at,
    mark: r.mark,
    publishedAt: r.publishedAt,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
  };
}

function baseList(db: DB) {
  return db
    .select(listColumns())
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .innerJoin(users, eq(users.id, reviews.authorId))
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviews.authorId));
}

/** One group of the signed-in staff member's own reviews, one page of it. */
export type MyReviewGroup = MyReviewGroupDef & { total: number; page: number; pageCount: number; items: ReviewListItem[] };

/** Which of a staff member's reviews a dashboard group holds (lib/my-review-groups.ts), at `at`. */
function myGroupCondition(group: MyReviewGroupDef, at: Date): SQL | undefined {
  const status = eq(reviews.status, group.status);
  if (group.scheduled === undefined) return status;
  const ahead = and(isNotNull(reviews.liveRevisionId), gt(reviews.publishedAt, at));
  return and(status, group.scheduled ? ahead : not(ahead!));
}

/**
 * The signed-in staff member's own reviews by where they stand, each group counted and paged
 * (most recently changed first), so the dashboard stays light for a critic with a thousand reviews.
 */
export async function listMyReviewGroups(pages: MyReviewPages): Promise<MyReviewGroup[]> {
  const viewer = await requireStaff();
  const db = getDb();
  const at = now();
  return Promise.all(
    MY_REVIEW_GROUPS.map(async (group): Promise<MyReviewGroup> => {
      const where = and(eq(reviews.authorId, viewer.id), myGroupCondition(group, at));
      const total = (await db.select({ n: count() }).from(reviews).where(where).get())?.n ?? 0;
      const pageCount = pageCountOf(total, MY_REVIEWS_PAGE_SIZE);
      const page = Math.min(pages[group.key], pageCount);
      const rows = await baseList(db)
        .where(where)
        .orderBy(desc(reviews.updatedAt), desc(reviews.id))
        .limit(MY_REVIEWS_PAGE_SIZE)
        .offset((page - 1) * MY_REVIEWS_PAGE_SIZE);
      return { ...group, total, page, pageCount, items: rows.map((r) => toListItem(r, at)) };
    }),
  );
}

/** The first `limit` of a desk list, and how many there are in all. */
export type DeskListHead = { items: ReviewListItem[]; total: number };

/** Reviews waiting for an editor, oldest submission first: the first `limit` (the dashboard's glance). */
export async function listQueue(limit: number): Promise<DeskListHead> {
  await authorize('queue.read');
  const db = getDb();
  const where = eq(reviews.status, 'in_review');
  const rows = await baseList(db).where(where).orderBy(asc(reviews.submittedAt), asc(reviews.id)).limit(limit);
  const total = (await db.select({ n: count() }).from(reviews).where(where).get())?.n ?? 0;
  const at = now();
  return { items: rows.map((r) => toListItem(r, at)), total };
}

/** Approved and scheduled reviews, soonest first: the first `limit`, for the editors' dashboard. */
export async function listDeskReviews(limit: number): Promise<DeskListHead> {
  await authorize('queue.read');
  const db = getDb();
  const at = now();
  const where = or(eq(reviews.status, 'approved'), and(eq(reviews.status, 'published'), gt(reviews.publishedAt, at)));
  const rows = await baseList(db).where(where).orderBy(asc(reviews.publishedAt), desc(reviews.updatedAt)).limit(limit);
  const total = (await db.select({ n: count() }).from(reviews).where(where).get())?.n ?? 0;
  return { items: rows.map((r) => toListItem(r, at)), total };
}

/** Films matching a few letters of the title or original title, for the New review picker. */
export async function searchFilmsToReview(query: string): Promise<FilmChoice[]> {
  const viewer = await authorize('review.create');
  const q = query.trim().slice(0, 100);
  if (!q) return [];
  const rows = await getDb()
    .select({
      id: films.id,
      title: films.title,
      originalTitle: films.originalTitle,
      firstRelease: firstReleaseSql,
      reviewId: reviews.id,
    })
    .from(films)
    .leftJoin(reviews, and(eq(reviews.filmId, films.id), eq(reviews.authorId, viewer.id)))
    .where(or(contains(films.title, q), contains(films.originalTitle, q)))
    .orderBy(asc(films.title))
    .limit(10);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    originalTitle: r.originalTitle && r.originalTitle !== r.title ? r.originalTitle : null,
    year: r.firstRelease ? Number(r.firstRelease.slice(0, 4)) : null,
    reviewId: r.reviewId,
  }));
}

/** Opens the viewer's review of a film, creating an empty draft the first time (one per film). */
export async function startReview(filmId: number): Promise<number> {
  const viewer = await authorize('review.create');
  const db = getDb();
  const film = await db.select({ id: films.id }).from(films).where(eq(films.id, filmId)).get();
  if (!film) throw new NotFound('No such film.');
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.filmId, filmId), eq(reviews.authorId, viewer.id)))
      .get();
    if (existing) return existing.id;
    // Someone who writes needs a public name; editors and admins get one on their first review.
    const profile = tx.select({ slug: reviewerProfiles.slug }).from(reviewerProfiles).where(eq(reviewerProfiles.userId, viewer.id)).get();
    if (!profile) {
      const penName = defaultPenName(viewer.name);
      tx.insert(reviewerProfiles).values({ userId: viewer.id, penName, slug: freeCriticSlug(tx, penName) }).run();
    }
    const at = now();
    const review = tx
      .insert(reviews)
      .values({ filmId, authorId: viewer.id, status: 'draft', body: EMPTY_DOC, createdAt: at, updatedAt: at })
      .returning({ id: reviews.id })
      .get();
    addRevision(tx, review.id, viewer.id, 'created');
    recordAudit({ actorId: viewer.id, action: 'review.created', entityType: 'review', entityId: review.id, details: { filmId } }, tx);
    return review.id;
  });
}

function addRevision(tx: Tx, reviewId: number, authorId: number, reason: string) {
  const row = tx.select().from(reviews).where(eq(reviews.id, reviewId)).get()!;
  const last = tx.select({ n: max(reviewRevisions.number) }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, reviewId)).get();
  return tx
    .insert(reviewRevisions)
    .values({
      reviewId,
      number: (last?.n ?? 0) + 1,
      authorId,
      reason,
      status: row.status,
      ...reviewContentOf(row),
      createdAt: now(),
    })
    .returning({ id: reviewRevisions.id })
    .get();
}

type ContentRow = Parameters<typeof sanitizedReviewContent>[0];

function sameContent(a: ContentRow, b: ContentRow): boolean {
  return JSON.stringify(sanitizedReviewContent(a)) === JSON.stringify(sanitizedReviewContent(b));
}

/**
 * The revision that holds the working copy as it is now: the latest one when it already has the same
 * text and fields, else a new one. A save or workflow event that changes nothing thus copies nothing,
 * so a long review's history grows with its changes, not with the number of clicks (the audit log
 * keeps the event itself). A matching autosave revision takes the new reason, so that the step is
 * named in the history and later autosaves no longer write over it.
 */
function revisionOfWorkingCopy(tx: Tx, reviewId: number, authorId: number, reason: string) {
  const row = tx.select().from(reviews).where(eq(reviews.id, reviewId)).get()!;
  const latest = tx.select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, reviewId)).orderBy(desc(reviewRevisions.number)).limit(1).get();
  if (!latest || !sameContent(row, latest)) return addRevision(tx, reviewId, authorId, reason);
  if (latest.reason === 'autosave' && reason !== 'autosave') {
    tx.update(reviewRevisions).set({ reason, status: row.status }).where(eq(reviewRevisions.id, latest.id)).run();
  }
  return { id: latest.id };
}

async function loadReview(reviewId: number) {
  const row = await getDb().select().from(reviews).where(eq(reviews.id, reviewId)).get();
  if (!row) throw new NotFound('No such review.');
  return row;
}

function workflowView(row: { status: ReviewState; authorId: number; mark: number | null; liveRevisionId: number | null }) {
  return { status: row.status, authorId: row.authorId, mark: row.mark, hasLive: row.liveRevisionId !== null };
}

export async function getReviewForEditing(reviewId: number): Promise<ReviewForEditing> {
  const viewer = await requireStaff();
  const db = getDb();
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.read', { ownerId: row.authorId })) throw new NotAllowed('You cannot open this review.');
  const [film, author, comments, lock] = await Promise.all([
    db
      .select({ id: films.id, title: films.title, slug: films.slug, synopsis: films.synopsis, firstRelease: firstReleaseSql })
      .from(films)
      .where(eq(films.id, row.filmId))
      .get(),
    db
      .select({ penName: sql<string>`coalesce(${reviewerProfiles.penName}, ${users.name})`, slug: reviewerProfiles.slug })
      .from(users)
      .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id))
      .where(eq(users.id, row.authorId))
      .get(),
    reviewRowsWithAuthor(editorialComments, reviewId, {
      id: editorialComments.id,
      authorId: editorialComments.authorId,
      parentId: editorialComments.parentId,
      anchor: editorialComments.anchor,
      quote: editorialComments.quote,
      body: editorialComments.body,
      createdAt: editorialComments.createdAt,
      resolvedAt: editorialComments.resolvedAt,
    }).orderBy(asc(editorialComments.createdAt), asc(editorialComments.id)),
    db
      .select({ userId: reviewLocks.userId, name: users.name, expiresAt: reviewLocks.expiresAt })
      .from(reviewLocks)
      .innerJoin(users, eq(users.id, reviewLocks.userId))
      .where(eq(reviewLocks.reviewId, reviewId))
      .get(),
  ]);
  const at = now();
  const wf = workflowView(row);
  // The working copy keeps its passage-comment marks for the desk (never for visitors).
  const content = sanitizedReviewContent(row, { comments: true });
  const anchored = commentAnchorsIn(content.body);
  return {
    id: row.id,
    viewerId: viewer.id,
    media: mediaOfReviewBody(db, content.body, content.leadImageId),
    version: row.version,
    status: row.status,
    film: { id: film!.id, title: film!.title, slug: film!.slug, synopsis: film!.synopsis, year: film!.firstRelease ? Number(film!.firstRelease.slice(0, 4)) : null },
    author: { id: row.authorId, penName: author?.penName ?? 'Unknown', slug: author?.slug ?? null },
    ...content,
    live: row.liveRevisionId && row.publishedAt ? { publishedAt: row.publishedAt, scheduled: row.publishedAt > at } : null,
    updatedAt: row.updatedAt,
    canEdit: canEditReview(wf, viewer),
    events: availableEvents(wf, viewer),
    desk: deskViewOf(row, viewer, at),
    canComment: can(viewer, 'review.comment', { ownerId: row.authorId }),
    comments: comments.map((c) => ({
      id: c.id,
      author: c.author ?? 'Former staff',
      parentId: c.parentId,
      passage: c.anchor ? { anchor: c.anchor, quote: c.quote ?? '', removed: !anchored.has(c.anchor) } : null,
      body: c.body,
      createdAt: c.createdAt,
      resolved: c.resolvedAt !== null,
      mine: c.authorId === viewer.id,
    })),
    lockedBy: heldByOther(lock, viewer.id, at)?.name ?? null,
  };
}

/**
 * Saves the working copy if nobody saved since `expectedVersion`. Manual saves add a revision when
 * something changed; autosaves update the writer's latest autosave revision when it is recent, so
 * that history keeps meaningful steps rather than one row per pause in typing. A body over the size
 * cap (lib/rich-text/limits.ts) is refused and nothing is written.
 */
export async function saveReview(reviewId: number, expectedVersion: number, fields: ReviewDraftInput, kind: 'manual' | 'autosave'): Promise<SaveResult> {
  const viewer = await requireStaff();
  return getDb().transaction((tx) => saveInTx(tx, viewer, reviewId, expectedVersion, fields, kind));
}

function saveInTx(
  tx: Tx,
  viewer: StaffViewer,
  reviewId: number,
  expectedVersion: number,
  fields: ReviewDraftInput,
  kind: 'manual' | 'autosave',
  reason: string = kind === 'manual' ? 'save' : 'autosave',
): SaveResult {
  const row = tx.select().from(reviews).where(eq(reviews.id, reviewId)).get();
  if (!row) throw new NotFound('No such review.');
  if (!can(viewer, 'review.edit', { ownerId: row.authorId })) throw new NotAllowed('You cannot edit this review.');
  if (!canEditReview(workflowView(row), viewer)) throw new Refused('You cannot edit this review in its current state.');
  if (row.version !== expectedVersion) {
    throw new Conflict('This review was changed by someone else after you opened it.');
  }
  // Checked before any write: an oversized body is refused whole and the stored text stays.
  const tooLarge = reviewBodyTooLarge(fields.body);
  if (tooLarge) throw new Refused(tooLarge);
  const at = now();
  // A side field the save left out (it could not be stored) keeps its stored value. Figures keep
  // only images of the library, and so does the lead image: an id it does not know is dropped
  // before storing.
  const own = { body: keepOwnMedia(tx, fields.body), ...(fields.leadImageId !== undefined ? { leadImageId: keepOwnLeadImage(tx, fields.leadImageId) } : {}) };
  const content = reviewContentOf({ ...reviewContentOf(row), ...definedOnly({ ...fields, ...own }) });
  // A comment's mark alone changes no word: a published review stays published (no new working
  // copy to send through review), and the history gets no version.
  const marksOnly = reason === 'comment' && sameContent(row, content);
  const status = marksOnly ? row.status : stateAfterEdit(row.status);
  tx.update(reviews)
    .set({
      ...content,
      status,
      version: row.version + 1,
      updatedAt: at,
    })
    .where(and(eq(reviews.id, reviewId), eq(reviews.version, expectedVersion)))
    .run();

  const latest = tx
    .select()
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(desc(reviewRevisions.number))
    .limit(1)
    .get();
  if (marksOnly) {
    // Nothing to keep in the history: the comment itself is recorded by its writer.
  } else if (
    kind === 'autosave' &&
    latest &&
    latest.reason === 'autosave' &&
    latest.authorId === viewer.id &&
    // The live revision is what the public reads: it never changes under it.
    latest.id !== row.liveRevisionId &&
    at.getTime() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS
  ) {
    tx.update(reviewRevisions)
      .set({ ...content, status, createdAt: at })
      .where(eq(reviewRevisions.id, latest.id))
      .run();
  } else {
    revisionOfWorkingCopy(tx, reviewId, viewer.id, reason === 'comment' ? 'save' : reason);
  }
  syncMediaUses(tx, reviewId);
  if (kind === 'manual' && !marksOnly) {
    recordAudit({ actorId: viewer.id, action: 'review.saved', entityType: 'review', entityId: reviewId, details: { version: row.version + 1 } }, tx);
  }
  return {
    version: row.version + 1,
    savedAt: at,
    status,
    statusChanged: status !== row.status,
    desk: deskViewOf({ ...row, status, version: row.version + 1, mark: content.mark }, viewer, at),
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type TransitionOptions = {
  /** request_changes: the note the author sees. */
  message?: string;
  /** schedule: when the review goes public. */
  publishAt?: Date;
  /** Save these fields first, in the same transaction (submit from the editor). */
  fields?: ReviewDraftInput;
};

/**
 * Fires a workflow event. Permission, state, version, the write, the revision and the audit event
 * happen in one transaction, so a refused event changes nothing.
 */
export async function transitionReview(reviewId: number, event: ReviewEvent, expectedVersion: number, options: TransitionOptions = {}) {
  const viewer = await requireStaff();
  const result = getDb().transaction((tx) => {
    let version = expectedVersion;
    if (options.fields) version = saveInTx(tx, viewer, reviewId, expectedVersion, options.fields, 'manual').version;
    const row = tx.select().from(reviews).where(eq(reviews.id, reviewId)).get();
    if (!row) throw new NotFound('No such review.');
    const check = applyEvent(workflowView(row), event, viewer);
    if (!check.ok && check.forbidden) throw new NotAllowed(check.reason);
    // A missing mark is one of the field rules below, told next to the Mark field.
    if (!check.ok && check.reason !== MARK_NEEDED) throw new InvalidTransition(check.reason);
    if (eventChecksFields(event)) {
      const problems = submissionProblems(row, siteDateOf(now()));
      if (Object.keys(problems).length > 0) throw new FieldsNotReady(problems);
    }
    if (!check.ok) throw new InvalidTransition(check.reason);
    if (row.version !== version) throw new Conflict('This review was changed by someone else after you opened it.');
    const at = now();
    const patch: Partial<typeof reviews.$inferInsert> = { status: check.to, version: row.version + 1, updatedAt: at };
    if (event === 'submit') patch.submittedAt = at;
    if (event === 'unpublish') {
      patch.liveRevisionId = null;
      patch.publishedAt = null;
    }
    if (event === 'schedule') {
      if (!options.publishAt || Number.isNaN(options.publishAt.getTime())) throw new InvalidTransition('Choose a publication date and time.');
      // About the date the editor typed, so the screen shows it next to that field.
      if (options.publishAt <= at) throw new FieldConflict('publishAt', 'Choose a time in the future, or publish now.');
    }
    if (event === 'request_changes' && !options.message?.trim()) throw new InvalidTransition('Tell the author what to change.');

    tx.update(reviews).set(patch).where(eq(reviews.id, reviewId)).run();
    // Publishing points the live version at this revision: the working copy's text, copied only if
    // no revision holds it yet.
    const revision = revisionOfWorkingCopy(tx, reviewId, viewer.id, event);

    if (event === 'publish' || (event === 'schedule' && row.status === 'approved')) {
      const publishedAt = event === 'publish' ? at : options.publishAt!;
      tx.update(reviews)
        .set({ liveRevisionId: revision.id, publishedAt, firstPublishedAt: row.firstPublishedAt ?? publishedAt })
        .where(eq(reviews.id, reviewId))
        .run();
    } else if (event === 'schedule') {
      // Rescheduling what is already live or scheduled: only the time changes.
      tx.update(reviews).set({ publishedAt: options.publishAt! }).where(eq(reviews.id, reviewId)).run();
    }
    if (event === 'request_changes') {
      tx.insert(editorialComments).values({ reviewId, authorId: viewer.id, body: options.message!.trim(), createdAt: at }).run();
    }
    const told = notifyReviewEvent(tx, event, { id: reviewId, authorId: row.authorId }, viewer.id, at, event === 'schedule' ? options.publishAt : undefined);
    recordAudit(
      {
        actorId: viewer.id,
        action: eventAuditAction(event),
        entityType: 'review',
        entityId: reviewId,
        details: { from: row.status, to: check.to, ...(options.publishAt ? { publishAt: options.publishAt.toISOString() } : {}) },
      },
      tx,
    );
    // Publishing or unpublishing changes which images the live version shows.
    syncMediaUses(tx, reviewId);
    const after = tx.select().from(reviews).where(eq(reviews.id, reviewId)).get()!;
    return { version: row.version + 1, status: check.to, filmId: row.filmId, desk: deskViewOf(after, viewer, at), told };
  });
  deliverNotifications(result.told);
  return result;
}

/** A film's slug, for revalidating its page after a change. */
export async function getReviewFilmSlug(reviewId: number): Promise<string | null> {
  const row = await getDb()
    .select({ slug: films.slug })
    .from(reviews)
    .innerJoin(films, eq(films.id, reviews.filmId))
    .where(eq(reviews.id, reviewId))
    .get();
  return row?.slug ?? null;
}

export type CommentInput =
  /** On the whole review. */
  | { on: 'review'; body: string }
  /** An answer in a thread (a reply to a reply joins the same thread). */
  | { on: 'reply'; body: string; parentId: number }
  /**
   * On a passage: `fields` is the editor's working copy with the `comment` mark carrying `anchor`
   * on the chosen words, saved in the same transaction (if `expectedVersion` is still current), so
   * that a thread never exists without its words nor the words without their thread.
   */
  | { on: 'passage'; body: string; anchor: string; expectedVersion: number; fields: ReviewDraftInput };

/**
 * Writes an editorial comment: on the review, on a passage, or as a reply. Every comment is written
 * here, so that whoever must hear of it (the author, the thread's participants) can be told from
 * this one place. Who may comment follows the permission table (`review.comment`: editors on any
 * review, writers on their own); a passage also needs the right to change the text, as its mark
 * is part of the body.
 */
export async function postComment(reviewId: number, input: CommentInput): Promise<{ id: number; save?: SaveResult }> {
  const viewer = await requireStaff();
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.comment', { ownerId: row.authorId })) throw new NotAllowed('You cannot comment on this review.');
  const { told, ...result } = getDb().transaction((tx) => {
    const at = now();
    let parentId: number | null = null;
    let passage: { anchor: string; quote: string } | null = null;
    let save: SaveResult | undefined;
    if (input.on === 'reply') {
      const parent = tx
        .select({ id: editorialComments.id, parentId: editorialComments.parentId })
        .from(editorialComments)
        .where(and(eq(editorialComments.id, input.parentId), eq(editorialComments.reviewId, reviewId)))
        .get();
      if (!parent) throw new NotFound('No such comment.');
      parentId = parent.parentId ?? parent.id;
    } else if (input.on === 'passage') {
      // The quote is read from the words the mark covers, not taken from the client.
      const words = commentPassagesIn(input.fields.body).get(input.anchor);
      if (!words) throw new Refused('Select the words to comment on.');
      const taken = tx.select({ id: editorialComments.id }).from(editorialComments).where(eq(editorialComments.anchor, input.anchor)).get();
      if (taken) throw new Refused('This passage already has its thread.');
      save = saveInTx(tx, viewer, reviewId, input.expectedVersion, input.fields, 'manual', 'comment');
      passage = { anchor: input.anchor, quote: quoteOf(words) };
    }
    const comment = tx
      .insert(editorialComments)
      .values({ reviewId, authorId: viewer.id, parentId, body: input.body, ...passage, createdAt: at })
      .returning({ id: editorialComments.id })
      .get();
    recordAudit({ actorId: viewer.id, action: 'review.comment', entityType: 'review', entityId: reviewId, details: { comment: comment.id, on: input.on } }, tx);
    const told = notifyComment(tx, { id: comment.id, reviewId, reviewAuthorId: row.authorId, actorId: viewer.id, parentId, at });
    return { id: comment.id, save, told };
  });
  deliverNotifications(told);
  return result;
}

/** Resolves or reopens a thread (asked of a reply, it is the reply's thread). */
export async function setCommentResolved(commentId: number, resolved: boolean): Promise<void> {
  const viewer = await requireStaff();
  const db = getDb();
  const comment = await db
    .select({ id: editorialComments.id, parentId: editorialComments.parentId, reviewAuthorId: reviews.authorId })
    .from(editorialComments)
    .innerJoin(reviews, eq(reviews.id, editorialComments.reviewId))
    .where(eq(editorialComments.id, commentId))
    .get();
  if (!comment) throw new NotFound('No such comment.');
  if (!can(viewer, 'review.comment', { ownerId: comment.reviewAuthorId })) throw new NotAllowed('You cannot resolve this comment.');
  await db
    .update(editorialComments)
    .set({ resolvedAt: resolved ? now() : null, resolvedById: resolved ? viewer.id : null })
    .where(eq(editorialComments.id, comment.parentId ?? comment.id));
}

/**
 * Marks the review as open in the viewer's editor (a soft lock that expires on its own unless
 * renewed). Returns who else holds it, if anyone; `takeOver` replaces their lock.
 */
export async function touchLock(reviewId: number, takeOver = false): Promise<{ heldBy: string | null }> {
  const viewer = await requireStaff();
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.read', { ownerId: row.authorId })) throw new NotAllowed();
  const db = getDb();
  const at = now();
  return db.transaction((tx) => {
    const lock = tx
      .select({ userId: reviewLocks.userId, name: users.name, expiresAt: reviewLocks.expiresAt })
      .from(reviewLocks)
      .innerJoin(users, eq(users.id, reviewLocks.userId))
      .where(eq(reviewLocks.reviewId, reviewId))
      .get();
    const other = heldByOther(lock, viewer.id, at);
    // Only someone who may edit the review now takes the lock; a read-only viewer (an author
    // whose review is in review) just learns who is editing it.
    if (!canEditReview(workflowView(row), viewer)) return { heldBy: other?.name ?? null };
    if (other && !takeOver) return { heldBy: other.name };
    tx.insert(reviewLocks)
      .values({ reviewId, userId: viewer.id, expiresAt: lockExpiresAt(at) })
      .onConflictDoUpdate({ target: reviewLocks.reviewId, set: { userId: viewer.id, expiresAt: lockExpiresAt(at) } })
      .run();
    return { heldBy: null };
  });
}

export async function listRevisions(reviewId: number): Promise<RevisionItem[]> {
  const viewer = await requireStaff();
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.read', { ownerId: row.authorId })) throw new NotAllowed();
  return reviewRowsWithAuthor(reviewRevisions, reviewId, {
    id: reviewRevisions.id,
    number: reviewRevisions.number,
    reason: reviewRevisions.reason,
    createdAt: reviewRevisions.createdAt,
    mark: reviewRevisions.mark,
    status: reviewRevisions.status,
  }).orderBy(desc(reviewRevisions.number));
}

/**
 * A review's working copy in the shape the public film page renders, for staff preview. Reached
 * only through this checked function: never through the public visibility filter.
 */
export async function getReviewPreview(reviewId: number): Promise<{ filmSlug: string; review: PublicReview }> {
  const viewer = await requireStaff();
  const db = getDb();
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.read', { ownerId: row.authorId })) throw new NotAllowed('You cannot preview this review.');
  const [film, profile] = await Promise.all([
    db.select({ slug: films.slug }).from(films).where(eq(films.id, row.filmId)).get(),
    db.select({ penName: reviewerProfiles.penName, slug: reviewerProfiles.slug }).from(reviewerProfiles).where(eq(reviewerProfiles.userId, row.authorId)).get(),
  ]);
  const [review] = await withLeadImages([
    {
      id: row.id,
      reviewer: { penName: profile?.penName ?? 'Critic', slug: profile?.slug ?? '' },
      ...sanitizedReviewContent(row),
      publishedAt: row.publishedAt ?? now(),
    },
  ]);
  return { filmSlug: film!.slug, review: review! };
}

/** Drops the viewer's soft lock when they leave the editor. */
export async function releaseLock(reviewId: number): Promise<void> {
  const viewer = await requireStaff();
  await getDb()
    .delete(reviewLocks)
    .where(and(eq(reviewLocks.reviewId, reviewId), eq(reviewLocks.userId, viewer.id)));
}

/** Two revisions of a review, for comparison, and whether the viewer may restore one. */
export async function getRevisionComparison(reviewId: number, fromNumber: number, toNumber: number) {
  const viewer = await requireStaff();
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.read', { ownerId: row.authorId })) throw new NotAllowed();
  const load = async (n: number): Promise<RevisionDetail> => {
    const r = await reviewRowsWithAuthor(
      reviewRevisions,
      reviewId,
      {
        number: reviewRevisions.number,
        reason: reviewRevisions.reason,
        createdAt: reviewRevisions.createdAt,
        status: reviewRevisions.status,
        ...reviewContentColumns(reviewRevisions),
      },
      eq(reviewRevisions.number, n),
    ).get();
    if (!r) throw new NotFound('No such revision.');
    const body = sanitizeDoc(r.body);
    return { ...r, body, text: docToText(body) };
  };
  const [from, to] = await Promise.all([load(fromNumber), load(toNumber)]);
  // The images both versions name, so the history can say which one changed (by file name).
  const ids = imageIdsOfVersions(from, to);
  const images = ids.length
    ? await getDb().select({ id: media.id, fileName: media.fileName, alt: media.alt }).from(media).where(inArray(media.id, ids)).all()
    : [];
  return {
    from,
    to,
    images: Object.fromEntries(images.map((m) => [m.id, { fileName: m.fileName, alt: m.alt }])) as Record<number, { fileName: string; alt: string }>,
    version: row.version,
    canRestore: canEditReview(workflowView(row), viewer),
  };
}

/** Copies an old revision's text and fields into the working copy, as a new revision. */
export async function restoreRevision(reviewId: number, revisionNumber: number, expectedVersion: number): Promise<SaveResult> {
  const viewer = await requireStaff();
  // Permission first, so that a refusal says nothing about which revisions exist.
  const row = await loadReview(reviewId);
  if (!can(viewer, 'review.edit', { ownerId: row.authorId })) throw new NotAllowed('You cannot edit this review.');
  return getDb().transaction((tx) => {
    const rev = tx
      .select()
      .from(reviewRevisions)
      .where(and(eq(reviewRevisions.reviewId, reviewId), eq(reviewRevisions.number, revisionNumber)))
      .get();
    if (!rev) throw new NotFound('No such revision.');
    // A revision's passage marks come back with its words, and their threads with them.
    return saveInTx(tx, viewer, reviewId, expectedVersion, sanitizedReviewContent(rev, { comments: true }), 'manual', `restore #${revisionNumber}`);
  });
}
