'use client';

import { useEffect, useMemo, useState } from 'react';
import { createLocalCopyStore, differsFromStored, localCopyKey, type LocalCopy, type LocalCopyStore, type ReviewFields, type StorageLike } from './local-copy';

function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage disabled by the browser's settings: saving still works, only without this safety net.
    return null;
  }
}

/**
 * The browser's copy of this review for this person, and the offer to restore it when the page
 * opens on a copy that says something the stored version does not (a crash, a closed tab, a
 * network drop before the last save). While the offer is open the copy is not overwritten, so
 * typing meanwhile cannot destroy what is offered; `keep` is null until the writer chooses.
 */
export function useLocalCopy<F extends ReviewFields>({ userId, reviewId, stored, enabled }: { userId: number; reviewId: number; stored: ReviewFields; enabled: boolean }) {
  const store = useMemo(() => createLocalCopyStore<F>(browserStorage(), localCopyKey(userId, reviewId)), [userId, reviewId]);
  const [offer, setOffer] = useState<LocalCopy<F> | null>(null);
  // Compared once, with what the page was opened on: later saves are this tab's own.
  const [opened] = useState(stored);

  useEffect(() => {
    if (!enabled) return;
    const copy = store.read();
    if (!copy) return;
    // Read after hydration: the server's render has no localStorage, so the first render must not either.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (differsFromStored(copy.fields, opened)) setOffer(copy);
    else store.clear();
  }, [store, enabled, opened]);

  return {
    store,
    keep: (offer ? null : store) as LocalCopyStore<F> | null,
    offer,
    /** The writer chose: the copy goes (discard) or becomes the working copy (restore). */
    close(discard: boolean) {
      if (discard) store.clear();
      setOffer(null);
    },
  };
}
