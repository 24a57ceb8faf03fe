import Link from 'next/link';
import { markAllReadAction, markReadAction } from '@/app/admin/inbox-actions';
import { formatInstant } from '@/lib/dates';
import type { InboxItem } from '@/lib/dal/types';
import { NOTIFICATION_VERBS } from '@/lib/notifications';
import { routes } from '@/lib/routes';

/**
 * What the staff member was told: changes requested, approvals, publications, schedules, replies.
 * Plain forms, so marking read works without JavaScript; the unread count in the navigation reads
 * the same rows.
 */
export function Inbox({ items, unread }: { items: InboxItem[]; unread: number }) {
  return (
    <section aria-labelledby="inbox-heading" className="mb-10 rounded-lg border border-stone-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 px-5 py-3">
        <h2 id="inbox-heading" className="font-serif text-xl font-bold">
          Inbox{' '}
          <span className="ml-1 align-middle font-sans text-sm font-normal text-ink-soft" data-testid="inbox-unread">
            {unread === 0 ? 'nothing unread' : `${unread} unread`}
          </span>
        </h2>
        {unread > 0 && (
          <form action={markAllReadAction}>
            <button type="submit" className="text-sm font-medium text-accent underline underline-offset-4 hover:text-accent-dark">
              Mark all read
            </button>
          </form>
        )}
      </div>
      {items.length === 0 ? (
        <p className="px-5 py-4 text-sm text-ink-soft">Nothing yet. When an editor acts on your review, or someone answers your comment, you will read it here.</p>
      ) : (
        <ul aria-label="Inbox" className="max-h-96 divide-y divide-stone-100 overflow-y-auto">
          {items.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 px-5 py-3 text-sm ${n.read ? 'text-ink-soft' : 'bg-amber-50/60'}`}>
              <span aria-hidden="true" className={`h-2 w-2 shrink-0 self-center rounded-full ${n.read ? 'bg-transparent' : 'bg-accent'}`} />
              <p className="min-w-0 flex-1">
                {!n.read && <span className="sr-only">Unread: </span>}
                <span className={n.read ? '' : 'font-semibold text-ink'}>{n.actor}</span> {NOTIFICATION_VERBS[n.kind]}{' '}
                <Link href={routes.admin.review(n.review.id)} className="font-serif font-semibold italic text-ink underline decoration-stone-300 underline-offset-4 hover:text-accent">
                  {n.review.filmTitle}
                </Link>
              </p>
              <time dateTime={n.at.toISOString()} className="whitespace-nowrap text-xs text-ink-soft">
                {formatInstant(n.at)}
              </time>
              {!n.read && (
                <form action={markReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="text-xs font-medium underline underline-offset-2 hover:text-accent" aria-label={`Mark read: ${n.actor} ${NOTIFICATION_VERBS[n.kind]} ${n.review.filmTitle}`}>
                    Mark read
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
