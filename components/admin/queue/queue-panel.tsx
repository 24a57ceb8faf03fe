import Link from 'next/link';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { StatusBadge } from '@/components/admin/status-badge';
import { CommentThread } from '@/components/editor/comment-thread';
import { toDeskComments } from '@/components/editor/desk-comments';
import { Stars } from '@/components/ui/stars';
import { formatCalendarDate, formatInstant, SITE_TIME_ZONE } from '@/lib/dates';
import type { ReviewForEditing, SubmissionRead } from '@/lib/dal/types';
import { diffRich } from '@/lib/rich-text/diff';
import { RichText } from '@/lib/rich-text/render';
import { routes } from '@/lib/routes';
import { QueueDecision } from './queue-decision';

/**
 * One submission read from the queue, server-rendered from `?review=<id>`: what changed since this
 * editor last read it (the history's diff), the text as visitors will read it, the decision and
 * the comment thread (the editor page's own components).
 */
export function QueuePanel({
  review,
  read,
  closeHref,
}: {
  review: ReviewForEditing;
  read: SubmissionRead;
  closeHref: string;
}) {
  const cmp = read.comparison;
  return (
    <section aria-labelledby="panel-heading" className="rounded-lg border border-stone-200 bg-white shadow-sm xl:sticky xl:top-6 xl:max-h-[calc(100vh-3rem)] xl:overflow-y-auto" tabIndex={-1}>
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-stone-200 px-5 py-4">
        <div className="min-w-0">
          <p className="text-xs uppercase tracking-[0.2em] text-ink-soft">Submission</p>
          <h2 id="panel-heading" className="mt-1 font-serif text-2xl font-bold leading-tight">
            {review.film.title}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-soft">
            by <span className="font-medium text-ink">{review.author.penName}</span>
            <StatusBadge status={review.status} scheduled={review.live?.scheduled} />
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-3 text-sm">
          <Link href={routes.admin.review(review.id)} className="font-medium text-accent underline underline-offset-4">
            Open in the editor
          </Link>
          <Link href={closeHref} scroll={false} aria-label="Close the submission" className="rounded-md border border-stone-300 px-2 py-0.5 text-ink-soft hover:border-accent hover:text-accent">
            ✕
          </Link>
        </div>
      </header>

      <div className="space-y-6 px-5 py-5">
        <QueueDecision reviewId={review.id} version={review.version} events={review.events} />

        <section aria-labelledby="since-heading">
          <h3 id="since-heading" className="text-sm font-semibold uppercase tracking-wider text-ink-soft">
            {cmp ? `Changes since you last read it (#${cmp.from.number} → #${cmp.to.number})` : 'Changes since you last read it'}
          </h3>
          {cmp ? (
            <>
              <p className="mt-2 text-xs text-ink-soft">
                You read #{cmp.from.number} ({formatInstant(cmp.from.createdAt)}). <del className="bg-red-100 text-red-900">Removed</del> ·{' '}
                <ins className="bg-emerald-100 text-emerald-900 no-underline">added</ins> · <mark className="bg-amber-100 text-ink">formatting changed</mark>
              </p>
              <div className="mt-3 whitespace-pre-wrap break-words rounded-md border border-stone-100 bg-stone-50 p-4 font-serif text-base leading-relaxed">
                <RevisionDiff parts={diffRich(cmp.from.body, cmp.to.body)} />
              </div>
              {cmp.from.mark !== cmp.to.mark && (
                <p className="mt-2 text-sm">
                  Mark changed: {cmp.from.mark === null ? 'none' : <Stars mark={cmp.from.mark} size="sm" />} → {cmp.to.mark === null ? 'none' : <Stars mark={cmp.to.mark} size="sm" />}
                </p>
              )}
            </>
          ) : (
            <p className="mt-2 text-sm text-ink-soft">
              {read.since === null ? 'The first time you read it: the whole text is below.' : 'Nothing changed since you last read it.'}
            </p>
          )}
        </section>

        <article aria-labelledby="text-heading" className="border-t border-stone-200 pt-5">
          <h3 id="text-heading" className="mb-3 text-sm font-semibold uppercase tracking-wider text-ink-soft">
            The text as submitted
          </h3>
          <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-ink-soft">
            {review.mark !== null ? <Stars mark={review.mark} /> : <span>No mark</span>}
            {review.seenOn && <span>Seen on {formatCalendarDate(review.seenOn)}</span>}
            {review.venue && <span>at {review.venue}</span>}
            {review.containsSpoilers && <span className="font-medium text-amber-800">Contains spoilers</span>}
          </div>
          <RichText doc={review.body} className="prose-review" />
        </article>

        <CommentThread
          reviewId={review.id}
          canComment={review.canComment}
          timeZone={SITE_TIME_ZONE}
          comments={toDeskComments(review.comments)}
        />
      </div>
    </section>
  );
}
