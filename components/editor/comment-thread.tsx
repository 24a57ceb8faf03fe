'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type ComponentProps } from 'react';
import { addCommentAction, resolveCommentAction } from '@/app/admin/reviews/actions';
import { formatInstantIn } from '@/lib/instants';
import { PassageCommentsProvider, passageRemoved, usePassageComments, type DeskComment } from './passage-comments';

type Posted = Awaited<ReturnType<typeof addCommentAction>>;

function problemOf(r: Posted): string | null {
  if (r.ok) return null;
  return r.kind === 'invalid' ? (r.fieldErrors.comment?.join(' ') ?? r.message) : r.message;
}

/**
 * The editorial threads between a review's author and the editors: comments on the whole review and
 * on passages (whose words the editor highlights), each with its replies, resolvable and reopenable.
 * Open threads come first; a resolved one keeps its history but its passage is no longer drawn.
 */
export function CommentThread(standalone: Partial<Omit<ComponentProps<typeof PassageCommentsProvider>, 'children'>>) {
  const ctx = usePassageComments();
  // Outside the review page (no editor beside it), the threads bring their own context.
  if (!ctx) {
    const { reviewId, comments, canComment, timeZone } = standalone;
    if (reviewId === undefined || !comments || canComment === undefined || !timeZone) return null;
    return (
      <PassageCommentsProvider reviewId={reviewId} comments={comments} canComment={canComment} timeZone={timeZone}>
        <Threads />
      </PassageCommentsProvider>
    );
  }
  return <Threads />;
}

function Threads() {
  const ctx = usePassageComments()!;
  const router = useRouter();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const { reviewId, comments, canComment } = ctx;
  const roots = comments.filter((c) => c.parentId === null);
  const ordered = [...roots.filter((c) => !c.resolved), ...roots.filter((c) => c.resolved)];
  const open = roots.length - roots.filter((c) => c.resolved).length;

  return (
    <section aria-labelledby="comments-heading" className="rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
      <h2 id="comments-heading" className="flex items-baseline justify-between text-sm font-semibold uppercase tracking-wider text-ink-soft">
        Editorial comments
        {roots.length > 0 && <span className="text-xs font-medium normal-case tracking-normal">{open === 0 ? 'all resolved' : `${open} open`}</span>}
      </h2>
      {roots.length === 0 && (
        <p className="mt-3 text-sm text-ink-soft">No comment yet.{canComment && ' Select words in the text and press Comment to discuss a passage.'}</p>
      )}
      <ol className="mt-3 space-y-3">
        {ordered.map((c) => (
          <li key={c.id}>
            <Thread root={c} replies={comments.filter((r) => r.parentId === c.id)} />
          </li>
        ))}
      </ol>
      {canComment && (
        <form
          className="mt-4 space-y-2 border-t border-stone-100 pt-4"
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            start(async () => {
              const r = await addCommentAction(reviewId, text);
              const problem = problemOf(r);
              if (problem) setError(problem);
              else {
                setText('');
                router.refresh();
              }
            });
          }}
        >
          <label htmlFor="new-comment" className="block text-sm font-medium">
            Add a comment
          </label>
          <textarea id="new-comment" rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="comment-error" className="block w-full rounded-md border border-stone-300 px-3 py-2 text-sm" />
          <p id="comment-error" aria-live="polite" className="text-sm text-red-700">
            {error}
          </p>
          <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:border-accent disabled:opacity-50">
            Post comment
          </button>
        </form>
      )}
    </section>
  );
}

function Thread({ root, replies }: { root: DeskComment; replies: DeskComment[] }) {
  const ctx = usePassageComments()!;
  const router = useRouter();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const headingId = useId();
  const replyId = useId();
  const active = ctx.active === root.id;
  const removed = passageRemoved(root, ctx.live);
  const name = root.passage ? `Comment by ${root.author} on “${root.passage.quote}”` : `Comment by ${root.author}`;

  function show() {
    ctx.setActive(root.id);
    if (root.passage && !removed && !root.resolved) ctx.showPassage(root.passage.anchor);
  }

  return (
    <article
      id={`thread-${root.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={active ? 'true' : undefined}
      data-resolved={root.resolved || undefined}
      className={`rounded-md border p-3 text-sm outline-none transition-shadow focus-visible:ring-2 focus-visible:ring-accent ${
        root.resolved ? 'border-stone-100 bg-stone-50 text-ink-soft' : active ? 'border-amber-400 bg-amber-50 ring-2 ring-amber-300' : 'border-amber-200 bg-amber-50/60'
      }`}
    >
      <h3 id={headingId} className="sr-only">
        {name}
      </h3>
      {root.passage && (
        <div className="mb-2 flex items-start justify-between gap-2">
          <blockquote className={`border-l-2 pl-2 font-serif italic ${removed ? 'border-stone-300 text-ink-soft line-through decoration-stone-400' : 'border-amber-500 text-ink'}`}>
            “{root.passage.quote}”
          </blockquote>
          {removed ? (
            <span className="shrink-0 rounded-sm bg-stone-200 px-1.5 py-0.5 text-[0.7rem] font-semibold uppercase tracking-wider text-ink-soft">Passage removed</span>
          ) : (
            !root.resolved && (
              <button type="button" onClick={show} className="shrink-0 text-xs font-medium text-accent underline underline-offset-2">
                Show passage
              </button>
            )
          )}
        </div>
      )}
      <ol className="space-y-2">
        {[root, ...replies].map((c) => (
          <li key={c.id} className={c.id === root.id ? '' : 'border-l-2 border-stone-200 pl-3'}>
            <p className="flex justify-between gap-2 text-xs">
              <span className="font-semibold">{c.author}</span>
              <time dateTime={c.createdAt}>{formatInstantIn(c.createdAt, ctx.timeZone)}</time>
            </p>
            <p className="mt-0.5 whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ol>
      {ctx.canComment && (
        <div className="mt-3 space-y-2">
          {!root.resolved && (
            <form
              className="flex items-start gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                setError(null);
                start(async () => {
                  const r = await addCommentAction(ctx.reviewId, reply, root.id);
                  const problem = problemOf(r);
                  if (problem) setError(problem);
                  else {
                    setReply('');
                    router.refresh();
                  }
                });
              }}
            >
              <label htmlFor={replyId} className="sr-only">
                Reply
              </label>
              <textarea
                id={replyId}
                rows={1}
                value={reply}
                placeholder="Reply…"
                onChange={(e) => setReply(e.target.value)}
                onFocus={() => ctx.setActive(root.id)}
                className="block min-w-0 flex-1 rounded-md border border-stone-300 bg-surface px-2 py-1 text-sm"
              />
              <button type="submit" disabled={pending || !reply.trim()} className="rounded-md border border-stone-300 bg-surface px-2.5 py-1 text-xs font-semibold hover:border-accent disabled:opacity-50">
                Reply
              </button>
            </form>
          )}
          {error && (
            <p role="alert" className="text-xs text-red-700">
              {error}
            </p>
          )}
          <button
            type="button"
            disabled={pending}
            className="text-xs font-medium underline underline-offset-2"
            onClick={() =>
              start(async () => {
                const r = await resolveCommentAction(root.id, !root.resolved);
                const problem = problemOf(r);
                if (problem) setError(problem);
                else router.refresh();
              })
            }
          >
            {root.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
    </article>
  );
}
