/**
 * "Someone is told": which desk events land in whose inbox. Pure (no database), so the rule is
 * tested on its own; the DAL (lib/dal/desk/notifications.ts) writes what it returns in the same
 * transaction as the workflow event or the comment, then hands the rows to the subscribers below.
 *
 * A scheduled review going live has no cron and no write: scheduling stores its "published" event
 * with `at` set to the publication time, and an inbox only lists events whose `at` has passed, so
 * the event appears when it is true, on the first read after that instant.
 */
import type { ReviewEvent } from './workflow';

export const NOTIFICATION_KINDS = ['changes_requested', 'approved', 'published', 'scheduled', 'comment_reply'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The inbox line, after the actor's name: "Eddie Editor requested changes to your review of Dune". */
export const NOTIFICATION_VERBS: Record<NotificationKind, string> = {
  changes_requested: 'requested changes to your review of',
  approved: 'approved your review of',
  published: 'published your review of',
  scheduled: 'scheduled your review of',
  comment_reply: 'replied to your comment on',
};

export type PlannedNotification = { recipientId: number; kind: NotificationKind; at: Date };

/**
 * What a workflow event tells the review's author. Nobody is told about their own act (an editor
 * approving their own review). Scheduling tells twice: "scheduled" now, and "published" at the
 * publication time (hidden until then). Submit, withdraw and unpublish tell nobody: the queue shows
 * submissions, and the author is the one who withdraws.
 */
export function notificationsForEvent(
  event: ReviewEvent,
  review: { authorId: number },
  actorId: number,
  at: Date,
  publishAt?: Date,
): PlannedNotification[] {
  if (review.authorId === actorId) return [];
  const to = (kind: NotificationKind, when = at): PlannedNotification => ({ recipientId: review.authorId, kind, at: when });
  switch (event) {
    case 'request_changes':
      return [to('changes_requested')];
    case 'approve':
      return [to('approved')];
    case 'publish':
      return [to('published')];
    case 'schedule':
      return publishAt ? [to('scheduled'), to('published', publishAt)] : [to('scheduled')];
    default:
      return [];
  }
}

/**
 * Whose comment a new comment answers. A reply (`parentAuthorId` known) answers that comment's
 * author; a comment at the end of the review's flat thread answers everyone who spoke in it before,
 * and the review's author, whose review the thread is about. Never the commenter themself, never
 * twice.
 */
export function commentRecipients(comment: { actorId: number; reviewAuthorId: number; parentAuthorId?: number | null; earlierCommenterIds: (number | null)[] }): number[] {
  const ids =
    comment.parentAuthorId !== undefined && comment.parentAuthorId !== null
      ? [comment.parentAuthorId]
      : [comment.reviewAuthorId, ...comment.earlierCommenterIds];
  return [...new Set(ids.filter((id): id is number => id !== null && id !== comment.actorId))];
}

/** One stored event, as subscribers (a future mailer) receive it after the transaction commits. */
export type DeliveredNotification = {
  id: number;
  recipientId: number;
  kind: NotificationKind;
  reviewId: number;
  actorId: number | null;
  at: Date;
};

export type NotificationListener = (events: DeliveredNotification[]) => void | Promise<void>;

const listeners = new Set<NotificationListener>();

/**
 * Subscribes to events as they are stored. Returns the unsubscribe function. A listener's failure is
 * logged and never undoes the event (the inbox already has it). Events dated in the future (a
 * scheduled publication) are delivered when stored, with their `at`: a mailer decides when to send.
 */
export function subscribeToNotifications(listener: NotificationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the DAL after its transaction committed. */
export function deliverNotifications(events: DeliveredNotification[]): void {
  if (events.length === 0) return;
  for (const listener of listeners) {
    try {
      void Promise.resolve(listener(events)).catch((e: unknown) => console.error('notification listener failed:', e));
    } catch (e) {
      console.error('notification listener failed:', e);
    }
  }
}
