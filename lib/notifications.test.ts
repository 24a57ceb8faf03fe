import { describe, expect, it, vi } from 'vitest';
import { commentRecipients, deliverNotifications, notificationsForEvent, subscribeToNotifications, type DeliveredNotification } from './notifications';

const at = new Date('2026-11-30T10:00:00Z');
const later = new Date('2026-12-02T08:00:00Z');
const author = 1;
const editor = 2;

describe('who is told of a workflow event', () => {
  it('tells the author of changes requested, approval and publication', () => {
    expect(notificationsForEvent('request_changes', { authorId: author }, editor, at)).toEqual([{ recipientId: author, kind: 'changes_requested', at }]);
    expect(notificationsForEvent('approve', { authorId: author }, editor, at)).toEqual([{ recipientId: author, kind: 'approved', at }]);
    expect(notificationsForEvent('publish', { authorId: author }, editor, at)).toEqual([{ recipientId: author, kind: 'published', at }]);
  });

  it('tells of a schedule now, and of the publication at its time', () => {
    expect(notificationsForEvent('schedule', { authorId: author }, editor, at, later)).toEqual([
      { recipientId: author, kind: 'scheduled', at },
      { recipientId: author, kind: 'published', at: later },
    ]);
  });

  it('tells nobody of their own act, nor of submit, withdraw and unpublish', () => {
    expect(notificationsForEvent('approve', { authorId: editor }, editor, at)).toEqual([]);
    for (const e of ['submit', 'withdraw', 'unpublish'] as const) expect(notificationsForEvent(e, { authorId: author }, editor, at)).toEqual([]);
  });
});

describe('who a comment answers', () => {
  it('a reply answers the parent comment’s author only', () => {
    expect(commentRecipients({ actorId: editor, reviewAuthorId: author, parentAuthorId: 5, earlierCommenterIds: [author, 5, 6] })).toEqual([5]);
  });

  it('a comment at the end of the thread answers the review’s author and everyone who spoke before, once each, never the commenter', () => {
    expect(commentRecipients({ actorId: author, reviewAuthorId: author, earlierCommenterIds: [editor, author, editor, 7, null] })).toEqual([editor, 7]);
    expect(commentRecipients({ actorId: editor, reviewAuthorId: author, earlierCommenterIds: [] })).toEqual([author]);
  });

  it('nobody is told of a reply to their own comment', () => {
    expect(commentRecipients({ actorId: editor, reviewAuthorId: author, parentAuthorId: editor, earlierCommenterIds: [] })).toEqual([]);
  });
});

describe('subscribers', () => {
  it('receive stored events, and a failing one does not stop the others', async () => {
    const got: DeliveredNotification[][] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const offBad = subscribeToNotifications(() => {
      throw new Error('mail server down');
    });
    const off = subscribeToNotifications((events) => {
      got.push(events);
    });
    const event: DeliveredNotification = { id: 1, recipientId: author, kind: 'approved', reviewId: 3, actorId: editor, at };
    deliverNotifications([event]);
    deliverNotifications([]);
    off();
    offBad();
    deliverNotifications([event]);
    expect(got).toEqual([[event]]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
