'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorResult } from '@/lib/review-save';
import { AUTOSAVE_DELAY_MS, RETRY_DELAY_MS, noticeAfterRefusal, statusAfterRefusal, statusAfterStep, type SaveStatus } from './save-status';

export type SaveKind = 'manual' | 'autosave';

/**
 * Autosave for an editor whose fields are read on demand: two seconds after the last edit, the
 * fields go to `send` with the version this editor last loaded or saved. One save at a time; a
 * save that gets no answer is retried; a conflict stops saving for good (someone else's newer work
 * must never be overwritten); what is unsaved when the page goes away leaves by `sendBeacon`.
 *
 * The version is never taken from later props: a newer version arriving in a refresh means someone
 * else saved, and the next save must be refused as a conflict rather than overwrite their work.
 * That is also why the page keys the editor only on whether the viewer may edit (a save's refresh
 * must not remount it and lose the status and the undo history).
 */
export function useAutosave<F>({
  enabled,
  version: loadedVersion,
  read,
  send,
  beaconUrl,
}: {
  /** Whether this viewer may edit; a read-only editor never saves. */
  enabled: boolean;
  version: number;
  /** The fields as they are now. */
  read: () => F;
  send: (request: { version: number; kind: SaveKind; fields: F }) => Promise<EditorResult>;
  /** Where the beacon posts `{version, fields}` when the page is left with unsaved changes. */
  beaconUrl: string;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  // What the timers and the page-leave handler need synchronously, outside React's render cycle.
  const version = useRef(loadedVersion);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);
  // The latest callbacks, for timers set by an earlier render.
  const latest = useRef({ enabled, read, send });
  useEffect(() => {
    latest.current = { enabled, read, send };
  }, [enabled, read, send]);

  // The retry timer calls the save through this, as `save` cannot name itself while it is made.
  const retry = useRef(() => {});
  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
  };

  /** Takes in an answer (of a save, or of a workflow `step`); true when it was a success. */
  const accept = useCallback((r: EditorResult, step = false): boolean => {
    if (r.ok) {
      version.current = r.version;
      setFieldErrors({});
      // A success clears the previous error, wherever it was shown.
      setNotice((n) => (n?.tone === 'error' ? null : n));
      if (step) setStatus((s) => statusAfterStep(s, r));
      return true;
    }
    if (r.kind === 'invalid') setFieldErrors(r.fieldErrors);
    if (r.kind === 'conflict') stopped.current = true;
    setStatus((s) => (step ? statusAfterStep(s, r) : statusAfterRefusal(r)));
    const text = noticeAfterRefusal(r);
    setNotice(text ? { tone: 'error', text } : null);
    return false;
  }, []);

  const save = useCallback(
    async (kind: SaveKind): Promise<boolean> => {
      if (stopped.current) return false;
      if (inFlight.current) await inFlight.current;
      if (kind === 'autosave' && !dirty.current) return true;
      clearTimer();
      dirty.current = false;
      setStatus({ kind: 'saving' });
      const request = latest.current.send({ version: version.current, kind, fields: latest.current.read() });
      inFlight.current = request;
      try {
        const r = await request;
        if (accept(r)) {
          setStatus({ kind: 'saved', at: new Date(r.ok ? r.savedAt : Date.now()) });
          if (kind === 'manual') setNotice({ tone: 'ok', text: 'Draft saved.' });
          return true;
        }
        // An invalid field keeps the changes unsaved: the next edit tries again.
        if (!r.ok && r.kind === 'invalid') dirty.current = true;
        return false;
      } catch {
        // Network or server failure: keep the changes and try again shortly.
        dirty.current = true;
        setStatus({ kind: 'retrying' });
        timer.current = setTimeout(() => retry.current(), RETRY_DELAY_MS);
        return false;
      } finally {
        inFlight.current = null;
      }
    },
    [accept],
  );
  useEffect(() => {
    retry.current = () => void save('autosave');
  }, [save]);

  /** Something was typed or changed: save once the person pauses. */
  const edited = useCallback(() => {
    if (!latest.current.enabled || stopped.current) return;
    dirty.current = true;
    setStatus({ kind: 'dirty' });
    clearTimer();
    timer.current = setTimeout(() => void save('autosave'), AUTOSAVE_DELAY_MS);
  }, [save]);

  /**
   * A workflow step: waits for the save under way, saves what is pending first unless the step
   * carries the fields itself, then sends the step with the current version. True when accepted.
   */
  const step = useCallback(
    async (withFields: boolean, run: (version: number, fields: F | undefined) => Promise<EditorResult>): Promise<boolean> => {
      clearTimer();
      if (inFlight.current) await inFlight.current;
      if (!withFields && latest.current.enabled && dirty.current && !(await save('autosave'))) return false;
      if (!accept(await run(version.current, withFields ? latest.current.read() : undefined), true)) return false;
      dirty.current = false;
      return true;
    },
    [accept, save],
  );

  // Leaving the page: send what is unsaved with a beacon (a server action cannot outlive the page).
  useEffect(() => {
    const flush = () => {
      if (!dirty.current || stopped.current || !enabled) return;
      const payload = JSON.stringify({ version: version.current, fields: latest.current.read() });
      navigator.sendBeacon(beaconUrl, new Blob([payload], { type: 'application/json' }));
      dirty.current = false;
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      if (timer.current) clearTimeout(timer.current);
      // Leaving through an in-app link unmounts the editor without a pagehide.
      flush();
    };
  }, [beaconUrl, enabled]);

  return { status, fieldErrors, notice, setNotice, edited, save, step };
}
