'use client';

import { useRef, useState, useTransition, type SetStateAction } from 'react';
import { saveFilmStillsAction } from '@/app/admin/films/actions';
import { MediaPicker } from '@/components/media/media-picker';
import type { UploadedMedia } from '@/components/media/upload';
import { Button } from '@/components/ui/button';
import type { StillItem } from '@/lib/dal/types';
import { IDLE } from '@/lib/forms';
import { mediaPreviewUrl } from '@/lib/media-urls';
import { moveWithin } from '@/lib/reorder';
import { MAX_STILLS } from '@/lib/validation/stills';
import { DragGrip, RowControls } from './row-group-editor';
import { useRowDrag } from './use-row-drag';

type Row = StillItem & { key: string };
const rowOf = (m: StillItem): Row => ({ ...m, key: String(m.id) });
const GROUP = 'Stills';
const always = () => true;

/**
 * A film's stills on the desk: add one (uploaded, or from the library), reorder by dragging or with
 * the move buttons, remove. Each change is saved at once, as the whole ordered list, and the film
 * page shows it on its next request. The words (alt, caption, credit) are the library's.
 */
export function FilmStillsEditor({ filmId, initial }: { filmId: number; initial: StillItem[] }) {
  const [rows, setRowsState] = useState<Row[]>(() => initial.map(rowOf));
  const rowsRef = useRef(rows);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, startSaving] = useTransition();

  /** Shows the new order at once and saves it; a refused save puts the old one back. */
  function commit(update: SetStateAction<Row[]>) {
    const before = rowsRef.current;
    const next = typeof update === 'function' ? update(before) : update;
    if (next === before) return;
    rowsRef.current = next;
    setRowsState(next);
    startSaving(async () => {
      const form = new FormData();
      form.set('filmId', String(filmId));
      form.set('mediaIds', JSON.stringify(next.map((r) => r.id)));
      const result = await saveFilmStillsAction(IDLE, form);
      if (result.status !== 'success') {
        rowsRef.current = before;
        setRowsState(before);
      }
      setStatus({ ok: result.status === 'success', text: result.message ?? '' });
    });
  }

  const drag = useRowDrag(rows, commit, always);
  const full = rows.length >= MAX_STILLS;

  function add(m: UploadedMedia) {
    setAdding(false);
    commit((current) => [...current, rowOf({ ...m, fileName: m.fileName })]);
  }

  return (
    <div className="space-y-4">
      {rows.length === 0 ? (
        <p className="text-sm italic text-ink-soft">No still yet. The film page shows a gallery of them below the reviews.</p>
      ) : (
        <ol aria-label={GROUP} className="divide-y divide-stone-100 rounded-md border border-stone-200">
          {rows.map((row, i) => (
            <li key={row.key} className="flex items-center gap-3 px-3 py-2 data-[drop-target]:bg-accent/10 data-[dragging]:opacity-50" {...drag.target(row.key)}>
              <DragGrip {...drag.grip(row.key)} />
              <span className="w-5 text-right text-xs tabular-nums text-ink-soft">{i + 1}</span>
              {/* eslint-disable-next-line @next/next/no-img-element -- our own variant */}
              <img src={mediaPreviewUrl(row)} alt="" width={row.width} height={row.height} loading="lazy" className="aspect-[16/9] w-28 shrink-0 rounded-sm bg-stone-100 object-cover" />
              <span className="min-w-0 flex-1 text-sm">
                <span className="block truncate font-medium" title={row.alt}>
                  {row.alt}
                </span>
                <span className="block truncate text-xs text-ink-soft">
                  {[row.caption, row.credit].filter(Boolean).join(' · ') || row.fileName}
                  {!row.credit && <span className="ml-2 rounded-sm bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">No credit</span>}
                </span>
              </span>
              <RowControls
                name={row.alt}
                group={GROUP}
                first={i === 0}
                last={i === rows.length - 1}
                onMove={(step) => commit((current) => moveWithin(current, i, step, always))}
                onRemove={() => commit((current) => current.filter((x) => x.key !== row.key))}
              />
            </li>
          ))}
        </ol>
      )}
      {adding ? (
        <MediaPicker label="Add a still" submitLabel="Add still" exclude={rows.map((r) => r.id)} onChoose={add} onCancel={() => setAdding(false)} />
      ) : (
        <Button variant="secondary" disabled={full || saving} onClick={() => setAdding(true)}>
          + Add a still
        </Button>
      )}
      {full && <p className="text-xs text-ink-soft">A film shows at most {MAX_STILLS} stills: remove one to add another.</p>}
      <p role="status" className={status?.ok === false ? 'text-sm font-medium text-red-700' : 'text-sm text-ink-soft'}>
        {saving ? 'Saving…' : status?.text}
      </p>
    </div>
  );
}
