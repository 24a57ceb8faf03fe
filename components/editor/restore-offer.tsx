'use client';

import { formatClockTime } from '@/lib/dates';
import { diffWords } from '@/lib/diff';
import { toOutOfFive } from '@/lib/marks';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { docToText } from '@/lib/rich-text/text';
import { parseDraft, TEXT_FIELDS } from '@/lib/validation/review';
import type { ReviewFields } from './local-copy';
import { FIELD_LABELS } from './save-status';

function shown(name: string, value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  if (name === 'mark' && typeof value === 'number') return toOutOfFive(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * "Restore the text typed on this device at 21:04": what the browser kept that the server does not
 * have, as the same word diff the history uses (stored version → this device), the side fields that
 * differ, and the choice to restore it (into the editor, then saved) or discard it.
 */
export function RestoreOffer({
  local,
  stored,
  typedAt,
  timeZone,
  onRestore,
  onDiscard,
}: {
  local: ReviewFields;
  stored: ReviewFields;
  typedAt: number;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const time = formatClockTime(new Date(typedAt), timeZone);
  const parts = diffWords(docToText(sanitizeDoc(stored.body)), docToText(sanitizeDoc(local.body)));
  const a = parseDraft({ ...stored }).fields;
  const b = parseDraft({ ...local }).fields;
  const changed = (['mark', 'seenOn', 'venue', 'containsSpoilers', ...TEXT_FIELDS] as const).filter((f) => (a[f] ?? null) !== (b[f] ?? null));
  return (
    <section aria-labelledby="restore-title" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="restore-title" className="font-semibold text-amber-950">
        Text typed on this device at {time} was not saved
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        This browser kept it. Compared with the saved version: <del className="bg-red-100 text-red-900">only in the saved version</del> ·{' '}
        <ins className="bg-emerald-100 text-emerald-900 no-underline">only on this device</ins>.
      </p>
      <div data-testid="restore-diff" className="mt-3 max-h-64 overflow-y-auto whitespace-pre-wrap rounded-md border border-amber-200 bg-surface p-3 text-sm" tabIndex={0} aria-label="Differences">
        {parts.map((p, i) =>
          p.kind === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.kind === 'added' ? (
            <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
              {p.text}
            </ins>
          ) : (
            <del key={i} className="bg-red-100 text-red-900">
              {p.text}
            </del>
          ),
        )}
      </div>
      {changed.length > 0 && (
        <ul className="mt-2 text-sm text-amber-950">
          {changed.map((f) => (
            <li key={f}>
              {FIELD_LABELS[f]}: {shown(f, a[f])} → {shown(f, b[f])}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={onRestore} className="rounded-md bg-ink px-3 py-2 text-sm font-semibold text-paper hover:bg-accent">
          Restore the text typed on this device at {time}
        </button>
        <button type="button" onClick={onDiscard} className="rounded-md border border-stone-300 bg-surface px-3 py-2 text-sm font-semibold hover:border-accent">
          Discard it
        </button>
      </div>
    </section>
  );
}
