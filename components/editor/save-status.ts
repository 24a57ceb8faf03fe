/**
 * The states of the review editor's autosave, and the one place that says how a save's answer
 * moves between them. Pure, so the rules are tested without a browser.
 *
 *   idle ──edit──▶ dirty ──2 s quiet / Save draft──▶ saving ──ok──▶ saved HH:MM ──edit──▶ dirty …
 *                                                       ├─invalid──▶ invalid  (kept dirty: the next edit retries)
 *                                                       ├─refused / signed out──▶ error
 *                                                       ├─no answer──▶ retrying (again in 5 s)
 *                                                       └─conflict──▶ conflict (final: nothing is saved any more)
 */
import type { EditorResult } from '@/lib/review-save';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying' }
  | { kind: 'invalid' }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export const AUTOSAVE_DELAY_MS = 2000;
export const RETRY_DELAY_MS = 5000;

/** Where a refused answer leaves the editor; a successful one is `saved` (a save) or unchanged (a workflow step). */
export function statusAfterRefusal(r: Extract<EditorResult, { ok: false }>): SaveStatus {
  switch (r.kind) {
    case 'invalid':
      return { kind: 'invalid' };
    case 'conflict':
      return { kind: 'conflict' };
    default:
      return { kind: 'error', message: r.message };
  }
}

/** Shown in red: the text on screen is not what is stored. */
export function isProblem(s: SaveStatus): boolean {
  return s.kind === 'retrying' || s.kind === 'conflict' || s.kind === 'error' || s.kind === 'invalid';
}

function timeOf(d: Date) {
  return d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function statusText(s: SaveStatus): string {
  switch (s.kind) {
    case 'idle':
      return 'All changes saved';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${timeOf(s.at)}`;
    case 'retrying':
      return 'Not saved — retrying';
    case 'invalid':
      return 'Not saved — check the fields';
    case 'conflict':
      return 'Not saved — someone else changed this review';
    case 'error':
      return `Not saved — ${s.message}`;
  }
}
