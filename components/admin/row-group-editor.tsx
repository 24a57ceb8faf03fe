'use client';

import { useState, type ReactNode } from 'react';
import { EntityPicker, type Picked, type PickerOption } from '@/components/admin/entity-picker';
import { Button } from '@/components/ui/button';
import { FieldError, inputClass } from '@/components/ui/form-controls';
import { moveWithin } from '@/lib/reorder';
import { useRowDrag } from './use-row-drag';

/** One row of a group: an existing record (`entityId`) or one to create (`newName`), in a role. */
export type GroupRow<R extends string> = { key: string; entityId: number | null; newName: string | null; name: string; role: R };

let counter = 0;
/** A key that stays with a row while it moves, so React keeps its inputs. */
export const newRowKey = () => `row-${++counter}`;

const sameRole = (a: { role: string }, b: { role: string }) => a.role === b.role;

/** A row of a group; lit up while a dragged row hovers over it. */
const ROW =
  'flex flex-wrap items-center gap-2 px-3 py-2 data-[dragging]:opacity-40 data-[drop-target]:bg-accent/10 data-[drop-target]:shadow-[inset_0_2px_0_var(--color-accent)]';

/**
 * Rows of a film grouped by role (credits, companies): pick a role and a record (or create one),
 * then order each group by dragging or with the move buttons. The rows go to the server as JSON in
 * the hidden field `name`; the server answers errors by row index in that order.
 */
export function RowGroupEditor<R extends string, T extends GroupRow<R>>({
  name,
  initial,
  roles,
  heading,
  role: roleSelect,
  picker,
  errors,
  rowErrorFields,
  toJson,
  newRow = (row) => row as T,
  extra,
  showCount = false,
  empty,
}: {
  /** The form field, and the prefix of its errors ("credits.2.personId"). */
  name: string;
  initial: T[];
  /** Groups are shown in this order. */
  roles: readonly R[];
  heading: (role: R) => string;
  role: { id: string; label: string; initial: R; option: (role: R) => string };
  picker: { label: string; noun: string; placeholder: string; search: (q: string) => Promise<PickerOption[]> };
  errors: (key: string) => string[] | undefined;
  /** The fields of a row whose errors are shown under it, first found first. */
  rowErrorFields: string[];
  toJson: (row: T) => Record<string, unknown>;
  newRow?: (row: GroupRow<R>) => T;
  /** A control drawn after the row's name (a character or job); it makes room for itself. */
  extra?: (row: T, update: (patch: Partial<T>) => void) => ReactNode;
  showCount?: boolean;
  empty?: string;
}) {
  const [rows, setRows] = useState<T[]>(initial);
  const [role, setRole] = useState<R>(roleSelect.initial);
  const drag = useRowDrag(rows, setRows, sameRole);

  function add(p: Picked) {
    const row = 'id' in p ? { entityId: p.id, newName: null, name: p.name } : { entityId: null, newName: p.newName, name: p.newName };
    setRows((current) => [...current, newRow({ key: newRowKey(), role, ...row })]);
  }

  // Errors of rows come back by index in the order the rows were sent.
  const indexOf = new Map(rows.map((r, i) => [r.key, i]));

  return (
    <>
      <input type="hidden" name={name} value={JSON.stringify(rows.map(toJson))} />
      <div className="grid gap-3 rounded-md bg-stone-50 p-4 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor={roleSelect.id} className="block text-sm font-medium text-ink">
            {roleSelect.label}
          </label>
          <select id={roleSelect.id} className={inputClass} value={role} onChange={(e) => setRole(e.target.value as R)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleSelect.option(r)}
              </option>
            ))}
          </select>
        </div>
        <EntityPicker
          {...picker}
          onPick={add}
          excludeIds={rows.filter((r) => r.role === role && r.entityId).map((r) => r.entityId!)}
        />
      </div>
      <FieldError id={`${name}-error`} errors={errors(name)} />
      {rows.length === 0 && empty ? (
        <p className="text-sm italic text-ink-soft">{empty}</p>
      ) : (
        roles
          .filter((r) => rows.some((row) => row.role === r))
          .map((r) => {
            const group = rows.filter((row) => row.role === r);
            const label = heading(r);
            return (
              <div key={r} role="group" aria-label={label}>
                <h3 className="mb-2 text-xs font-semibold uppercase tracking-wider text-ink-soft">
                  {label}
                  {showCount && (
                    <>
                      {' '}
                      <span className="font-normal">({group.length})</span>
                    </>
                  )}
                </h3>
                <ol className="divide-y divide-stone-100 rounded-md border border-stone-200">
                  {group.map((row, i) => {
                    const index = indexOf.get(row.key)!;
                    const rowError = rowErrorFields.map((f) => errors(`${name}.${index}.${f}`)).find(Boolean);
                    const update = (patch: Partial<T>) => setRows((current) => current.map((x) => (x.key === row.key ? { ...x, ...patch } : x)));
                    return (
                      <li key={row.key} className={ROW} {...drag.target(row.key)}>
                        <DragGrip {...drag.grip(row.key)} />
                        <span className="w-6 text-right text-xs tabular-nums text-ink-soft">{i + 1}</span>
                        <span className={extra ? 'min-w-[8rem] flex-1 font-medium' : 'flex-1 font-medium'}>
                          {row.name}
                          {row.newName && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">new</span>}
                        </span>
                        {extra?.(row, update)}
                        <RowControls
                          name={row.name}
                          group={label}
                          first={i === 0}
                          last={i === group.length - 1}
                          onMove={(step) => setRows((current) => moveWithin(current, index, step, sameRole))}
                          onRemove={() => setRows((current) => current.filter((x) => x.key !== row.key))}
                        />
                        {rowError && <p className="basis-full text-sm text-red-700">{rowError.join(' ')}</p>}
                      </li>
                    );
                  })}
                </ol>
              </div>
            );
          })
      )}
    </>
  );
}

/**
 * The handle a pointer drags a row by. Hidden from assistive technology: the move buttons next to
 * it do the same from the keyboard.
 */
export function DragGrip(props: React.HTMLAttributes<HTMLSpanElement> & { draggable: boolean }) {
  return (
    <span
      {...props}
      aria-hidden="true"
      title="Drag to reorder"
      data-drag-grip=""
      className="cursor-grab select-none px-1 text-lg leading-none text-stone-400 hover:text-ink active:cursor-grabbing"
    >
      ⠿
    </span>
  );
}

/** Move up, move down and remove for one row of a group (keyboard and pointer). */
export function RowControls({
  name,
  group,
  first,
  last,
  onMove,
  onRemove,
}: {
  name: string;
  group: string;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <span className="flex gap-1">
      <Button variant="icon" aria-label={`Move ${name} up in ${group}`} title="Move up" disabled={first} onClick={() => onMove(-1)}>
        ↑
      </Button>
      <Button variant="icon" aria-label={`Move ${name} down in ${group}`} title="Move down" disabled={last} onClick={() => onMove(1)}>
        ↓
      </Button>
      <Button variant="icon-danger" aria-label={`Remove ${name} from ${group}`} title="Remove" onClick={onRemove}>
        ×
      </Button>
    </span>
  );
}
