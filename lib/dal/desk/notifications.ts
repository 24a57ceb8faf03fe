/**
 * The inbox: events written in the transaction of the act they report (lib/notifications.ts says
 * who is told what), read by their recipient only. Every read filters on the signed-in viewer's id,
 * so nobody can list, count or mark another person's events, whatever id they send.
 */
import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { editorialComments, films, notifications, reviews, users } from '@/db/schema';
import { now } from '@/lib/clock';
import {
  commentRecipients,
  deliverNotifications,
  notificationsForEvent,
  type DeliveredNotification,
  type PlannedNotification,
} from '@/lib/notifications';
import type { ReviewEvent } from '@/lib/workflow';
import { getDb, type Tx } from '../db';
import type { InboxItem } from '../types';
import { authorize } from '../guard';

function insertAll(tx: Tx, reviewId: number, actorId: number, planned: PlannedNotification[], commentId: number | null = null): DeliveredNotification[] {
  if (planned.length === 0) return [];
  return tx
    .insert(notifications)
    .values(planned.map((p) => ({ recipientId: p.recipientId, kind: p.kind, reviewId, actorId, commentId, at: p.at })))
    .returning({ id: notifications.id, recipientId: notifications.recipientId, kind: notifications.kind, reviewId: notifications.reviewId, actorId: notifications.actorId, at: notifications.at })
    .all();
}

/**
 * Inside transitionReview's transaction: what the event tells whom. A pending "published" (a
 * scheduled publication not yet reached) is withdrawn first when the review is rescheduled or
 * unpublished, so the author is told of the publication that really happens, once.
 */
export function notifyReviewEvent(
  tx: Tx,
  event: ReviewEvent,
  review: { id: number; authorId: number },
  actorId: number,
  at: Date,
  publishAt?: Date,
): DeliveredNotification[] {
  if (event === 'schedule' || event === 'unpublish' || event === 'publish') {
    tx.delete(notifications)
      .where(and(eq(notifications.reviewId, review.id), eq(notifications.kind, 'published'), gt(notifications.at, at)))
      .run();
  }
  return insertAll(tx, review.id, actorId, notificationsForEvent(event, review, actorId, at, publishAt));
}

/**
 * Inside the comment's transaction: tells whoever the comment answers (`parentId`: a reply in a
 * thread; none: the end of the review's flat thread). One call from each DAL function that writes
 * a comment.
 */
export function notifyComment(tx: Tx, comment: { id: number; reviewId: number; reviewAuthorId: number; actorId: number; parentId?: number | null; at: Date }): DeliveredNotification[] {
  const parentAuthorId =
    comment.parentId != null
      ? (tx.select({ authorId: editorialComments.authorId }).from(editorialComments).where(eq(editorialComments.id, comment.parentId)).get()?.authorId ?? null)
      : undefined;
  const earlier =
    parentAuthorId === undefined
      ? tx
          .selectDistinct({ authorId: editorialComments.authorId })
          .from(editorialComments)
          .where(and(eq(editorialComments.reviewId, comment.reviewId), sql`${editorialComments.id} <> ${comment.id}`))
          .all()
          .map((r) => r.authorId)
      : [];
  const recipients = commentRecipients({ actorId: comment.actorId, reviewAuthorId: comment.reviewAuthorId, parentAuthorId, earlierCommenterIds: earlier });
  return insertAll(
    tx,
    comment.reviewId,
    comment.actorId,
    recipients.map((recipientId) => ({ recipientId, kind: 'comment_reply' as const, at: comment.at })),
    comment.id,
  );
}

/** After the transaction committed: the subscribers (a mailer, later) get what was stored. */
export { deliverNotifications };

const INBOX_SIZE = 30;

const actors = alias(users, 'actors');

/** The viewer's inbox, newest first: only events whose time has come (a scheduled publication shows from its time on). */
export async function listInbox(limit = INBOX_SIZE): Promise<{ items: InboxItem[]; unread: number }> {
  const viewer = await authorize('admin.enter');
  const at = now();
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      at: notifications.at,
      readAt: notifications.readAt,
      actor: actors.name,
      reviewId: notifications.reviewId,
      filmTitle: films.title,
    })
    .from(notifications)
    .innerJoin(reviews, eq(reviews.id, notifications.reviewId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .where(and(eq(notifications.recipientId, viewer.id), lte(notifications.at, at)))
    .orderBy(desc(notifications.at), desc(notifications.id))
    .limit(limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      at: r.at,
      read: r.readAt !== null,
      actor: r.actor ?? 'Former staff',
      review: { id: r.reviewId, filmTitle: r.filmTitle },
    })),
    unread: await countUnreadFor(viewer.id, at),
  };
}

async function countUnreadFor(userId: number, at: Date): Promise<number> {
  const row = await getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt), lte(notifications.at, at)))
    .get();
  return row?.n ?? 0;
}

/** The number in the staff navigation. */
export async function countUnread(): Promise<number> {
  const viewer = await authorize('admin.enter');
  return countUnreadFor(viewer.id, now());
}

/** Marks some of the viewer's events read (ids of other people's events change nothing). */
export async function markNotificationsRead(ids: number[]): Promise<void> {
  const viewer = await authorize('admin.enter');
  if (ids.length === 0) return;
  await getDb()
    .update(notifications)
    .set({ readAt: now() })
    .where(and(eq(notifications.recipientId, viewer.id), inArray(notifications.id, ids), isNull(notifications.readAt)));
}

/** Marks every event the viewer can see read; one still ahead (a scheduled publication) stays unread. */
export async function markAllNotificationsRead(): Promise<void> {
  const viewer = await authorize('admin.enter');
  const at = now();
  await getDb()
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.recipientId, viewer.id), isNull(notifications.readAt), lte(notifications.at, at)));
}
