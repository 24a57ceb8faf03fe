'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { addCommentAction, resolveCommentAction } from '@/app/admin/reviews/actions';
import { formatInstantIn } from '@/lib/instants';

type Comment = { id: number; author: string; body: string; createdAt: string; resolved: boolean };

/** The editorial thread between a review's author and the editors. */
export function CommentThread({ reviewId, comments, canComment, timeZone }: { reviewId: number; comments: Comment[]; canComment: boolean; timeZone: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <section aria-labelledby="comments-heading" className="rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
      <h2 id="comments-heading" className="text-sm font-semibold uppercase tracking-wider text-ink-soft">
        Editorial comments
      </h2>
      {comments.length === 0 && <p className="mt-3 text-sm text-ink-soft">No comment yet.</p>}
      <ol className="mt-3 space-y-3">
        {comments.map((c) => (
          <li key={c.id} className={`rounded-md border p-3 text-sm ${c.resolved ? 'border-stone-100 bg-stone-50 text-ink-soft' : 'border-amber-200 bg-amber-50'}`}>
            <p className="flex justify-between gap-2 text-xs">
              <span className="font-semibold">{c.author}</span>
              <time dateTime={c.createdAt}>{formatInstantIn(c.createdAt, timeZone)}</time>
            </p>
            <p className="mt-1 whitespace-pre-line">{c.body}</p>
            {canComment && (
              <button
                type="button"
                className="mt-2 text-xs font-medium underline"
                onClick={() =>
                  start(async () => {
                    await resolveCommentAction(c.id, !c.resolved);
                    router.refresh();
                  })
                }
              >
                {c.resolved ? 'Reopen' : 'Mark resolved'}
              </button>
            )}
          </li>
        ))}
      </ol>
      {canComment && (
        <form
          className="mt-4 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            start(async () => {
              const r = await addCommentAction(reviewId, text);
              if (r.ok) {
                setText('');
                router.refresh();
              } else setError(r.kind === 'invalid' ? (r.fieldErrors.comment?.join(' ') ?? r.message) : r.message);
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
