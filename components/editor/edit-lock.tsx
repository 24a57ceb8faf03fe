'use client';

import { useEffect, useState } from 'react';
import { lockAction } from '@/app/admin/reviews/actions';
import { LOCK_HEARTBEAT_MS } from '@/lib/soft-lock';

/**
 * The soft lock: keeps "I have this open" fresh while the page is open, and says who else has it
 * open, with a take-over. Saves are protected by the version check either way. The heartbeat and
 * the expiry (lib/soft-lock.ts) free the review within 30 s of a tab closing or crashing; a tab
 * that closes normally frees it at once with a beacon.
 */
export function EditLock({ reviewId, initialHolder, canEdit }: { reviewId: number; initialHolder: string | null; canEdit: boolean }) {
  const [holder, setHolder] = useState(initialHolder);
  useEffect(() => {
    let alive = true;
    const beat = async () => {
      const r = await lockAction(reviewId, false).catch(() => null);
      if (alive && r) setHolder(r.heldBy);
    };
    void beat();
    const id = setInterval(beat, LOCK_HEARTBEAT_MS);
    // A hidden tab's timers are throttled: beat as soon as it is shown again.
    const onShow = () => document.visibilityState === 'visible' && void beat();
    // A beacon outlives the page, where a server action's fetch would be cancelled with it.
    const release = () => void navigator.sendBeacon(`/api/reviews/${reviewId}/lock`);
    window.addEventListener('pagehide', release);
    document.addEventListener('visibilitychange', onShow);
    return () => {
      alive = false;
      clearInterval(id);
      window.removeEventListener('pagehide', release);
      document.removeEventListener('visibilitychange', onShow);
      // Leaving through an in-app link unmounts the page without a pagehide.
      release();
    };
  }, [reviewId]);
  if (!holder) return null;
  return (
    <div role="status" className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <span>
        <strong>{holder}</strong> is editing this review right now.{canEdit && ' If you both save, the second save will be refused.'}
      </span>
      {canEdit && (
        <button
          type="button"
          className="rounded-md border border-amber-400 bg-surface px-3 py-1 font-medium"
          onClick={async () => setHolder((await lockAction(reviewId, true)).heldBy)}
        >
          Take over
        </button>
      )}
    </div>
  );
}
