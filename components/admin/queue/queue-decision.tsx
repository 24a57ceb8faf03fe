'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { transitionReviewAction } from '@/app/admin/reviews/actions';
import { FieldError } from '@/components/ui/form-controls';
import { TRANSITIONS, type ReviewEvent } from '@/lib/workflow';

/**
 * Approve or request changes from the queue's side panel: the same server action as the editor
 * page (the DAL checks permission, state and version), then the server view is read again.
 */
export function QueueDecision({ reviewId, version, events }: { reviewId: number; version: number; events: ReviewEvent[] }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ text: string; field?: 'message' } | null>(null);
  const [pending, start] = useTransition();
  const fire = (event: 'approve' | 'request_changes') =>
    start(async () => {
      setError(null);
      const r = await transitionReviewAction({ reviewId, version, event, message: event === 'request_changes' ? message : undefined });
      if (r.ok) {
        setMessage('');
        router.refresh();
      } else {
        const about = r.kind === 'invalid' ? r.fieldErrors.message : undefined;
        setError(about ? { text: about.join(' '), field: 'message' } : { text: r.message });
      }
    });
  const canApprove = events.includes('approve');
  const canRequest = events.includes('request_changes');
  if (!canApprove && !canRequest) return null;
  return (
    <section aria-label="Decision" className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
      {canApprove && (
        <button type="button" disabled={pending} onClick={() => fire('approve')} className="w-full rounded-md bg-emerald-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-emerald-800 disabled:opacity-60">
          {TRANSITIONS.approve.label}
        </button>
      )}
      {canRequest && (
        <div>
          <label htmlFor="queue-changes-message" className="block text-sm font-medium">
            Message to the author
          </label>
          <textarea
            id="queue-changes-message"
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            aria-invalid={error?.field === 'message' ? true : undefined}
            aria-describedby="queue-message-error"
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          />
          <FieldError id="queue-message-error" errors={error?.field === 'message' ? [error.text] : undefined} />
          <button type="button" disabled={pending} onClick={() => fire('request_changes')} className="mt-1 rounded-md border border-amber-400 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-60">
            {TRANSITIONS.request_changes.label}
          </button>
        </div>
      )}
      {error && !error.field && (
        <p role="alert" className="text-sm text-red-700">
          {error.text}
        </p>
      )}
    </section>
  );
}
