/**
 * The states of the review editor's autosave, and the one place that says how a save's answer
 * moves between them. Pure, so the rules are tested without a browser.
 *
 *   idle ──edit──▶ dirty ──2 s quiet / Save draft / Ctrl+S──▶ saving ──ok──▶ saved HH:MM ──edit──▶ dirty …
 *                                                       ├─ok, a side field not storable──▶ saved HH:MM except <field>
 *                                                       ├─refused / signed out──▶ error
 *                                                       ├─no answer, online──▶ retrying (again in 5 s)
 *                                                       ├─no network──▶ offline (again as soon as the browser is back online)
 *                                                       └─conflict──▶ conflict (final: nothing is saved any more)
 *
 * A draft save is never refused for a side field (lib/validation/review.ts); a workflow event that
 * is (submit without a mark) leaves the save status as it was, since it stored nothing and lost
 * nothing: its messages sit next to the fields. Until a state says "Saved", the text is also kept
 * in this browser (local-copy.ts).
 */
import { formatClockIn } from '@/lib/instants';
import type { EditorResult } from '@/lib/review-save';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; except?: string[] }
  | { kind: 'retrying' }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export const AUTOSAVE_DELAY_MS = 2000;
export const RETRY_DELAY_MS = 5000;

/** The labels of the side fields, for the status line. */
export const FIELD_LABELS: Record<string, string> = {
  mark: 'Mark',
  seenOn: 'Seen on',
  venue: 'Venue',
  containsSpoilers: 'Contains spoilers',
  headline: 'Headline',
  standfirst: 'Standfirst',
  seoTitle: 'Search title',
  seoDescription: 'Search description',
};

/**
 * Where a refused answer leaves the editor; null when the status stays as it was (fields to
 * correct for a workflow event). A successful one is `saved` (a save) or unchanged (a workflow step).
 */
export function statusAfterRefusal(r: Extract<EditorResult, { ok: false }>): SaveStatus | null {
  switch (r.kind) {
    case 'invalid':
      return null;
    case 'conflict':
      return { kind: 'conflict' };
    default:
      return { kind: 'error', message: r.message };
  }
}

/**
 * Where a workflow step's answer leaves the save status. A step refused for a reason of its own (a
 * past publication time, a missing message, a state that moved on) says nothing about the text,
 * which is still stored: the status stays and the error is shown where it belongs. A success
 * stored everything on screen, so an earlier "Not saved — …" is cleared rather than left in red.
 */
export function statusAfterStep(current: SaveStatus, r: EditorResult): SaveStatus {
  if (r.ok) return isProblem(current) || current.kind === 'dirty' || current.kind === 'saving' ? { kind: 'saved', at: new Date(r.savedAt) } : current;
  if (r.kind === 'conflict' || r.kind === 'signed_out') return statusAfterRefusal(r) ?? current;
  return current;
}

/**
 * The workflow's own fields, shown beside the buttons: an error about them needs no notice above.
 * The review's fields (mark, seen on, venue) sit elsewhere on the page, so a refused Submit also
 * says "correct the fields marked below" above the buttons, where the writer is looking.
 */
const FIELDS_BY_THE_BUTTONS = new Set(['message', 'publishAt']);

/** The message above the workflow buttons after a refusal: none when every error sits by its field there. */
export function noticeAfterRefusal(r: Extract<EditorResult, { ok: false }>): string | null {
  if (r.kind === 'invalid' && Object.keys(r.fieldErrors).length > 0 && Object.keys(r.fieldErrors).every((f) => FIELDS_BY_THE_BUTTONS.has(f))) return null;
  return r.message;
}

/** Shown in red: the text on screen is not what is stored. */
export function isProblem(s: SaveStatus): boolean {
  return s.kind === 'retrying' || s.kind === 'offline' || s.kind === 'conflict' || s.kind === 'error' || (s.kind === 'saved' && Boolean(s.except?.length));
}

/** `timeZone`: the site's, as every instant on the desk (lib/instants.ts), never the browser's. */
export function statusText(s: SaveStatus, timeZone: string): string {
  switch (s.kind) {
    case 'idle':
      return 'All changes saved';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return s.except?.length
        ? `Saved ${formatClockIn(s.at, timeZone)}, except ${s.except.map((f) => FIELD_LABELS[f] ?? f).join(', ')}: see the field`
        : `Saved ${formatClockIn(s.at, timeZone)}`;
    case 'retrying':
      return 'Not saved — retrying';
    case 'offline':
      return 'Offline — kept on this device';
    case 'conflict':
      return 'Not saved — someone else changed this review';
    case 'error':
      return `Not saved — ${s.message}`;
  }
}
