import type { Metadata } from 'next';
import Link from 'next/link';
import { CommentThread } from '@/components/editor/comment-thread';
import { toDeskComments } from '@/components/editor/desk-comments';
import { DeskLiveLine, DeskStateProvider, DeskStatusBadge } from '@/components/editor/desk-state';
import { EditLock } from '@/components/editor/edit-lock';
import { PassageCommentsProvider } from '@/components/editor/passage-comments';
import { ReviewEditor } from '@/components/editor/review-editor';
import { guarded } from '@/lib/auth/page-guard';
import { now } from '@/lib/clock';
import { formatInstant, SITE_TIME_ZONE, toSiteLocal } from '@/lib/dates';
import { getReviewForEditing, listRevisions } from '@/lib/dal/desk/reviews';
import { recordIdParam, recordIdSchema } from '@/lib/validation/record-id';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await recordIdParam(params);
  const restored = recordIdSchema.safeParse((await searchParams).restored);
  const [review, revisions] = await guarded(() => Promise.all([getReviewForEditing(id), listRevisions(id)]), routes.admin.review(id));
  const tomorrow = new Date(now().getTime() + 24 * 60 * 60 * 1000);
  tomorrow.setUTCMinutes(0, 0, 0);

  return (
    // Keyed by review: another review's page starts from its own server view.
    <DeskStateProvider key={review.id} initial={review.desk}>
      {/* The threads are shared by the editor (which highlights their passages) and the panel. */}
      <PassageCommentsProvider
        reviewId={review.id}
        canComment={review.canComment}
        timeZone={SITE_TIME_ZONE}
        comments={toDeskComments(review.comments)}
      >
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm text-ink-soft">
            <Link href={routes.admin.home()} className="underline underline-offset-4 hover:text-accent">
              Dashboard
            </Link>{' '}
            / Review
          </p>
          <h1 className="mt-1 flex flex-wrap items-center gap-3 font-serif text-2xl font-bold">
            {review.film.title}
            <DeskStatusBadge />
          </h1>
          <DeskLiveLine timeZone={SITE_TIME_ZONE} filmHref={routes.film(review.film.slug)} />
        </div>
      </div>
      {restored.success && (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          Version #{restored.data} restored: it is now the working copy, and the version before it stays in the history.
        </p>
      )}
      <EditLock reviewId={review.id} initialHolder={review.lockedBy} canEdit={review.canEdit} />
      {/* While this viewer may edit, the editor stays mounted across refreshes: it owns the text,
          the undo history, the save status and the version it last saved, and a refresh after a
          save or a workflow step must not reset them. A read-only editor follows the server. */}
      <ReviewEditor
        key={review.canEdit ? 'editable' : `read-only-${review.version}`}
        reviewId={review.id}
        viewerId={review.viewerId}
        version={review.version}
        filmTitle={review.film.title}
        authorPenName={review.author.penName}
        initial={{
          body: review.body,
          mark: review.mark,
          seenOn: review.seenOn,
          venue: review.venue,
          containsSpoilers: review.containsSpoilers,
          headline: review.headline,
          standfirst: review.standfirst,
          seoTitle: review.seoTitle,
          seoDescription: review.seoDescription,
          leadImageId: review.leadImageId,
        }}
        seo={{ filmSlug: review.film.slug, filmYear: review.film.year, synopsis: review.film.synopsis, criticSlug: review.author.slug }}
        media={review.media}
        canEdit={review.canEdit}
        defaultScheduleAt={toSiteLocal(tomorrow)}
        timeZone={SITE_TIME_ZONE}
      />
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <CommentThread />
        <section aria-labelledby="history-heading" className="rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
          <h2 id="history-heading" className="flex items-center justify-between text-sm font-semibold uppercase tracking-wider text-ink-soft">
            History
            <Link href={routes.admin.reviewHistory(review.id)} className="text-xs font-medium normal-case tracking-normal text-accent underline">
              Compare versions
            </Link>
          </h2>
          {/* A long history scrolls in its box: focusable and named, so a keyboard can scroll it too. */}
          <ol tabIndex={0} aria-label="Saved versions, newest first" className="-mx-1 mt-3 max-h-80 space-y-2 overflow-y-auto px-1 text-sm">
            {revisions.map((r) => (
              <li key={r.id} className="flex justify-between gap-2">
                <span>
                  <span className="font-medium">#{r.number}</span> {r.reason.replace('_', ' ')}
                  {r.author && <span className="text-ink-soft"> · {r.author}</span>}
                </span>
                <time className="shrink-0 text-xs text-ink-soft" dateTime={r.createdAt.toISOString()}>
                  {formatInstant(r.createdAt)}
                </time>
              </li>
            ))}
          </ol>
        </section>
      </div>
      </PassageCommentsProvider>
    </DeskStateProvider>
  );
}
