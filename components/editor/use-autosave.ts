'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorResult } from '@/lib/review-save';
import type { LocalCopyStore } from './local-copy';
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
 *
 * Nothing typed depends on the network: every edit is also written to `keep` (the browser's copy),
 * which a save clears only once the server has acknowledged what it holds. Offline, saving waits
 * for the browser to be back online; leaving with something unacknowledged asks first
 * (`beforeunload`); Ctrl/Cmd+S saves at once instead of opening the browser's Save dialog.
 */
export function useAutosave<F>({
  enabled,
  version: loadedVersion,
  read,
  send,
  beaconUrl,
  keep,
}: {
  /** Whether this viewer may edit; a read-only editor never saves. */
  enabled: boolean;
  version: number;
  /** The fields as they are now. */
  read: () => F;
  send: (request: { version: number; kind: SaveKind; fields: F }) => Promise<EditorResult>;
  /** Where the beacon posts `{version, fields}` when the page is left with unsaved changes. */
  beaconUrl: string;
  /** The browser's copy of the working copy; null while it must not be overwritten (an offer to restore it is open). */
  keep: LocalCopyStore<F> | null;
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
  const latest = useRef({ enabled, read, send, keep });
  useEffect(() => {
    latest.current = { enabled, read, send, keep };
  }, [enabled, read, send, keep]);
  /** The browser copy's sequence number of the latest edit (what a save sent now would include). */
  const written = useRef(0);

  /** Whether the notice on screen is a refused workflow step's (see `accept`). */
  const stepRefused = useRef(false);

  // The retry timer calls the save through this, as `save` cannot name itself while it is made.
  const retry = useRef(() => {});
  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
  };

  /**
   * Takes in an answer (of a save, or of a workflow `step`); true when it was a success. `includes`:
   * the browser copy's write that the answer covers.
   */
  const accept = useCallback((r: EditorResult, includes: number, step = false): boolean => {
    if (r.ok) {
      version.current = r.version;
      const rejected = r.rejected ?? {};
      setFieldErrors(rejected);
      // A success clears the previous error, wherever it was shown; but a draft save does not answer
      // a refused step (the save that follows a refused Submit least of all): that notice stays
      // until the next step is answered.
      if (step || !stepRefused.current) setNotice((n) => (n?.tone === 'error' ? null : n));
      if (step) stepRefused.current = false;
      if (step) setStatus((s) => statusAfterStep(s, r));
      // What a side field could not store is still only on this device: its copy stays.
      if (Object.keys(rejected).length === 0) latest.current.keep?.acknowledge(includes);
      return true;
    }
    if (r.kind === 'invalid') setFieldErrors(r.fieldErrors);
    if (r.kind === 'conflict') stopped.current = true;
    setStatus((s) => (step ? statusAfterStep(s, r) : (statusAfterRefusal(r) ?? s)));
    const text = noticeAfterRefusal(r);
    setNotice(text ? { tone: 'error', text } : null);
    stepRefused.current = step && text !== null;
    return false;
  }, []);

  /** Not saved for want of a network: say so, and wait for it (the browser copy holds the text). */
  const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

  const save = useCallback(
    async (kind: SaveKind, fields?: F): Promise<boolean> => {
      if (stopped.current) return false;
      if (inFlight.current) await inFlight.current;
      if (kind === 'autosave' && !dirty.current) return true;
      clearTimer();
      if (offline()) {
        dirty.current = true;
        setStatus({ kind: 'offline' });
        return false;
      }
      dirty.current = false;
      setStatus({ kind: 'saving' });
      const includes = written.current;
      const request = latest.current.send({ version: version.current, kind, fields: fields ?? latest.current.read() });
      inFlight.current = request;
      try {
        const r = await request;
        if (accept(r, includes)) {
          const except = r.ok && r.rejected ? Object.keys(r.rejected) : [];
          setStatus({ kind: 'saved', at: new Date(r.ok ? r.savedAt : Date.now()), except });
          if (kind === 'manual') setNotice({ tone: 'ok', text: 'Draft saved.' });
          return true;
        }
        return false;
      } catch {
        // Network or server failure: keep the changes and try again shortly (or once back online).
        dirty.current = true;
        if (offline()) {
          setStatus({ kind: 'offline' });
        } else {
          setStatus({ kind: 'retrying' });
          timer.current = setTimeout(() => retry.current(), RETRY_DELAY_MS);
        }
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
    if (!latest.current.enabled) return;
    // Even after a conflict: the text on screen is kept on this device until it is saved somewhere.
    const keep = latest.current.keep;
    if (keep) {
      const seq = keep.write(latest.current.read(), version.current);
      // The same fields as the last edit (a field set back by a restore): nothing new to save.
      if (seq === written.current) return;
      written.current = seq;
    }
    if (stopped.current) return;
    dirty.current = true;
    setStatus(offline() ? { kind: 'offline' } : { kind: 'dirty' });
    clearTimer();
    timer.current = setTimeout(() => void save('autosave'), AUTOSAVE_DELAY_MS);
  }, [save]);

  /**
   * Puts `fields` (the browser's copy the writer chose to restore) back as the working copy and
   * saves them now, before the editor has rendered them: kept in `keep` until acknowledged.
   */
  const restore = useCallback(
    (fields: F, keep: LocalCopyStore<F>) => {
      latest.current = { ...latest.current, keep };
      written.current = keep.write(fields, version.current);
      dirty.current = true;
      return save('manual', fields);
    },
    [save],
  );

  /**
   * A workflow step: waits for the save under way, saves what is pending first unless the step
   * carries the fields itself, then sends the step with the current version. True when accepted.
   */
  const step = useCallback(
    async (withFields: boolean, run: (version: number, fields: F | undefined) => Promise<EditorResult>): Promise<boolean> => {
      clearTimer();
      if (inFlight.current) await inFlight.current;
      if (!withFields && latest.current.enabled && dirty.current && !(await save('autosave'))) return false;
      const includes = written.current;
      let r: EditorResult;
      try {
        r = await run(version.current, withFields ? latest.current.read() : undefined);
      } catch {
        setStatus(offline() ? { kind: 'offline' } : { kind: 'error', message: 'the server did not answer. Try again.' });
        if (dirty.current) timer.current = setTimeout(() => retry.current(), RETRY_DELAY_MS);
        return false;
      }
      if (!accept(r, withFields ? includes : 0, true)) {
        // A refused submission stored nothing: what it carried is saved as a draft instead.
        if (withFields && dirty.current) void save('autosave');
        return false;
      }
      if (withFields) dirty.current = false;
      return true;
    },
    [accept, save],
  );

  // Back online: send what waited. Ctrl/Cmd+S: save now, not the browser's "Save page as".
  useEffect(() => {
    const onOnline = () => {
      if (dirty.current && !stopped.current) void save('autosave');
    };
    const onOffline = () => {
      if (dirty.current && !stopped.current) setStatus({ kind: 'offline' });
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's' || !latest.current.enabled) return;
      e.preventDefault();
      void save('manual');
    };
    // Asks before the page goes while something typed is not acknowledged (the browser shows its own words).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!latest.current.enabled) return;
      if (dirty.current || inFlight.current || latest.current.keep?.pending()) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [save]);

  // Leaving the page: send what is unsaved with a beacon (a server action cannot outlive the page).
  // Best effort: the browser copy stays until a save is acknowledged, so the next visit can offer it.
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

  return { status, fieldErrors, notice, setNotice, edited, save, step, restore };
}
