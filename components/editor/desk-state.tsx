'use client';

import Link from 'next/link';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { StatusBadge } from '@/components/admin/status-badge';
import { newerView, type DeskView } from '@/lib/desk-view';
import { formatInstantIn } from '@/lib/instants';
import type { EditorResult } from '@/lib/review-save';

type DeskState = {
  view: DeskView;
  /** Takes in a save's or a workflow step's answer; returns it unchanged. */
  accept: <R extends EditorResult>(r: R) => R;
};

const DeskContext = createContext<DeskState | null>(null);

/**
 * The one place the review page keeps the review's workflow state on screen: the view the server
 * rendered, replaced by the view each save or workflow step answers, and by the server's again
 * after a refresh, whichever describes the later version. The badge, the live line, the buttons
 * and the read-only mark all read it, so none of them can disagree or lag behind a save.
 */
export function DeskStateProvider({ initial, children }: { initial: DeskView; children: ReactNode }) {
  const [view, setView] = useState(initial);
  // A refresh hands a new server view: adopt it during render (React's "state from props" pattern).
  const [fromServer, setFromServer] = useState(initial);
  if (fromServer !== initial) {
    setFromServer(initial);
    setView(newerView(view, initial));
  }
  const accept = useCallback(<R extends EditorResult>(r: R): R => {
    const desk = r.ok ? r.desk : undefined;
    if (desk) setView((v) => newerView(v, desk));
    return r;
  }, []);
  const value = useMemo(() => ({ view, accept }), [view, accept]);
  return <DeskContext.Provider value={value}>{children}</DeskContext.Provider>;
}

export function useDeskState(): DeskState {
  const state = useContext(DeskContext);
  if (!state) throw new Error('useDeskState needs a DeskStateProvider around it.');
  return state;
}

export function DeskStatusBadge() {
  const { view } = useDeskState();
  return <StatusBadge status={view.status} scheduled={view.live?.scheduled} />;
}

/** "Live since …" / "Goes live on …", in the site's zone like every instant on the desk. */
export function DeskLiveLine({ timeZone, filmHref }: { timeZone: string; filmHref: string }) {
  const { view } = useDeskState();
  if (!view.live) return null;
  return (
    <p className="mt-1 text-sm text-ink-soft">
      {view.live.scheduled ? 'Goes live on ' : 'Live since '}
      <time dateTime={view.live.publishedAt}>{formatInstantIn(view.live.publishedAt, timeZone)}</time>
      {view.status !== 'published' && ' · the live version stays public until this new version is published'}
      {' · '}
      <Link href={filmHref} className="underline underline-offset-4 hover:text-accent">
        View on the site
      </Link>
    </p>
  );
}
