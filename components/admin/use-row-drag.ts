'use client';

import { useState, type Dispatch, type DragEvent, type SetStateAction } from 'react';
import { moveOnto } from '@/lib/reorder';

/**
 * Drag and drop for grouped rows, with the native HTML drag events: the row's grip is what the
 * pointer picks up, the whole row is where it can be dropped. Keyboard users have the move
 * buttons, which do the same through `moveWithin`.
 */
export function useRowDrag<T extends { key: string }>(rows: T[], setRows: Dispatch<SetStateAction<T[]>>, sameGroup: (a: T, b: T) => boolean) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const byKey = (key: string | null) => rows.find((r) => r.key === key);
  const accepts = (key: string) => {
    const from = byKey(dragging);
    const to = byKey(key);
    return Boolean(from && to && from.key !== to.key && sameGroup(from, to));
  };
  const stop = () => {
    setDragging(null);
    setOver(null);
  };

  return {
    /** Props for the grip the pointer picks a row up by. */
    grip: (key: string) => ({
      draggable: true,
      onDragStart: (e: DragEvent<HTMLElement>) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', key);
        const row = e.currentTarget.closest('li');
        if (row) e.dataTransfer.setDragImage(row, 12, 12);
        setDragging(key);
      },
      onDragEnd: stop,
    }),
    /** Props for the row a dragged one can be dropped on. */
    target: (key: string) => ({
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (!accepts(key)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (over !== key) setOver(key);
      },
      onDragLeave: () => setOver((k) => (k === key ? null : k)),
      onDrop: (e: DragEvent<HTMLElement>) => {
        if (!accepts(key)) return;
        e.preventDefault();
        const from = dragging!;
        setRows((current) => moveOnto(current, from, key, sameGroup));
        stop();
      },
      'data-dragging': dragging === key ? '' : undefined,
      'data-drop-target': over === key ? '' : undefined,
    }),
  };
}
