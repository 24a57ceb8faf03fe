/**
 * The editors' review queue: one page of submissions filtered by critic, film, state and a search,
 * sorted by how long they have waited; and, for the side panel, what changed in a submission since
 * the editor last read it (review_reads keeps the revision each editor read).
 */
import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { films, reviewReads, reviewRevisions, reviewerProfiles, reviews, users } from '@/db/schema';
import { now } from '@/lib/clock';
import { QUEUE_PAGE_SIZE, type QueueQuery, type QueueState } from '@/lib/validation/queue';
import { getDb } from '../db';
import { NotFound } from '../errors';
import { authorize } from '../guard';
import { col, contains, pageCountOf } from '../sql';
import type { SubmissionRead } from '../types';
import { getRevisionComparison } from './reviews';

export type QueueItem = {
  id: number;
  film: { id: number; title: string };
  author: { id: number; name: string };
  status: QueueState;
  scheduled: boolean;
  mark: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  /** The submission has a revision this editor has not read in the queue yet. */
  unread: boolean;
};

export type QueuePage = {
  items: QueueItem[];
  total: number;
  page: number;
  pageCount: number;
  /** The filters' choices: critics and films that have a review in the chosen state (films: null when too many for a list). */
  critics: { id: number; name: string }[];
  films: { id: number; title: string }[] | null;
};

const penName = sql<string>`coalesce(${reviewerProfiles.penName}, ${users.name})`;

function stateFilter(state: QueueQuery['state']): SQL {
  return state === 'all' ? ne(reviews.status, 'draft') : eq(reviews.status, state);
}

/** Beyond this many films in the chosen state, the film filter gives way to the search box. */
export const MAX_FILM_CHOICES = 200;

/** One page of the queue. Small OFFSET paging: a desk's queue is hundreds of rows, not millions. */
export async function listQueuePage(query: QueueQuery): Promise<QueuePage> {
  const viewer = await authorize('queue.read');
  const db = getDb();
  const where = and(
    stateFilter(query.state),
    query.critic ? eq(reviews.authorId, query.critic) : undefined,
    query.film ? eq(reviews.filmId, query.film) : undefined,
    query.q ? or(contains(films.title, query.q), contains(films.originalTitle, query.q), contains(penName, query.q)) : undefined,
  );
  const latest = sql<number>`(select max(${col(reviewRevisions.number)}) from ${reviewRevisions} where ${col(reviewRevisions.reviewId)} = ${col(reviews.id)})`;
  const readNumber = sql<number | null>`(select ${col(reviewReads.revisionNumber)} from ${reviewReads} where ${col(reviewReads.reviewId)} = ${col(reviews.id)} and ${col(reviewReads.userId)} = ${viewer.id})`;
  // Waiting longest first; a review never submitted (unpublished back to a draft) sorts last.
  const waiting = query.sort === 'waiting' ? [sql`${reviews.submittedAt} is null`, asc(reviews.submittedAt), asc(reviews.id)] : [desc(reviews.submittedAt), desc(reviews.id)];
  const from = () =>
    db
      .select({
        id: reviews.id,
        filmId: films.id,
        filmTitle: films.title,
        authorId: reviews.authorId,
        author: penName,
        status: reviews.status,
        mark: reviews.mark,
        publishedAt: reviews.publishedAt,
        submittedAt: reviews.submittedAt,
        updatedAt: reviews.updatedAt,
        latest,
        readNumber,
      })
      .from(reviews)
      .innerJoin(films, eq(films.id, reviews.filmId))
      .innerJoin(users, eq(users.id, reviews.authorId))
      .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviews.authorId));
  const rows = from()
    .where(where)
    .orderBy(...waiting)
    .limit(QUEUE_PAGE_SIZE)
    .offset((query.page - 1) * QUEUE_PAGE_SIZE)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(reviews)
      .innerJoin(films, eq(films.id, reviews.filmId))
      .innerJoin(users, eq(users.id, reviews.authorId))
      .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviews.authorId))
      .where(where)
      .get()?.n ?? 0;
  // The filters' choices, bounded whatever the archive's size: the critics who have a review in
  // the chosen state, and the films only while they are few enough for a list (the published state
  // of a large archive spans most films; the search box finds a title then).
  const inState = and(stateFilter(query.state), query.critic ? eq(reviews.authorId, query.critic) : undefined);
  const critics = db
    .select({ id: users.id, name: penName })
    .from(users)
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id))
    .where(sql`exists (select 1 from ${reviews} where ${col(reviews.authorId)} = ${col(users.id)} and ${stateFilter(query.state)})`)
    .orderBy(asc(penName))
    .all();
  const filmIds = db
    .selectDistinct({ id: reviews.filmId })
    .from(reviews)
    .where(inState)
    .limit(MAX_FILM_CHOICES + 1)
    .all()
    .map((r) => r.id);
  const filmChoices =
    filmIds.length > MAX_FILM_CHOICES
      ? null
      : db.select({ id: films.id, title: films.title }).from(films).where(inArray(films.id, filmIds)).orderBy(asc(films.title)).all();
  const at = now();
  return {
    items: rows.map((r) => ({
      id: r.id,
      film: { id: r.filmId, title: r.filmTitle },
      author: { id: r.authorId, name: r.author },
      status: r.status as QueueState,
      scheduled: r.status === 'published' && r.publishedAt !== null && r.publishedAt > at,
      mark: r.mark,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      unread: r.readNumber === null || r.readNumber < r.latest,
    })),
    total,
    page: query.page,
    pageCount: pageCountOf(total, QUEUE_PAGE_SIZE),
    critics,
    films: filmChoices,
  };
}

/** The revision a read starts from, given what the editor read before (pure: tested alone). */
export function nextRead(previous: { revisionNumber: number; previousNumber: number | null } | undefined, latest: number): { revisionNumber: number; previousNumber: number | null; since: number | null } {
  if (!previous) return { revisionNumber: latest, previousNumber: null, since: null };
  // Something new since the last read: the last read becomes the base of the diff.
  if (previous.revisionNumber < latest) return { revisionNumber: latest, previousNumber: previous.revisionNumber, since: previous.revisionNumber };
  // Nothing new: keep showing the same diff (a refresh after a comment must not lose it).
  return { ...previous, since: previous.previousNumber };
}

/**
 * Records that the editor read the submission's latest revision in the queue, and returns what
 * changed since the revision they read before (null the first time they read it, or when nothing
 * changed since then).
 */
export async function readSubmission(reviewId: number): Promise<SubmissionRead> {
  const viewer = await authorize('queue.read');
  const db = getDb();
  const outcome = db.transaction((tx) => {
    const review = tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.id, reviewId)).get();
    if (!review) throw new NotFound('No such review.');
    const latest = tx
      .select({ n: reviewRevisions.number })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, reviewId))
      .orderBy(desc(reviewRevisions.number))
      .limit(1)
      .get()?.n;
    if (latest === undefined) return null;
    const previous = tx
      .select({ revisionNumber: reviewReads.revisionNumber, previousNumber: reviewReads.previousNumber })
      .from(reviewReads)
      .where(and(eq(reviewReads.userId, viewer.id), eq(reviewReads.reviewId, reviewId)))
      .get();
    const next = nextRead(previous, latest);
    tx.insert(reviewReads)
      .values({ userId: viewer.id, reviewId, revisionNumber: next.revisionNumber, previousNumber: next.previousNumber, readAt: now() })
      .onConflictDoUpdate({
        target: [reviewReads.userId, reviewReads.reviewId],
        set: { revisionNumber: next.revisionNumber, previousNumber: next.previousNumber, readAt: now() },
      })
      .run();
    return { since: next.since, latest };
  });
  if (!outcome) return { latest: null, since: null, comparison: null };
  const comparison = outcome.since !== null && outcome.since < outcome.latest ? await getRevisionComparison(reviewId, outcome.since, outcome.latest) : null;
  return { latest: outcome.latest, since: outcome.since, comparison };
}
