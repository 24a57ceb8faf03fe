'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { inputClass } from '@/components/ui/form-controls';

export type PickerOption = { id: number; name: string; hint: string | null };
export type Picked = { id: number; name: string } | { newName: string };

/**
 * A search-or-create combobox (WAI-ARIA combobox pattern): type a name, pick an existing record
 * from the matches with the arrow keys or the pointer, or choose "Create …" to add a new one.
 */
export function EntityPicker({
  label,
  search,
  onPick,
  placeholder,
  noun,
  excludeIds = [],
  allowCreate = true,
}: {
  label: string;
  search: (q: string) => Promise<PickerOption[]>;
  onPick: (picked: Picked) => void;
  placeholder?: string;
  noun: string;
  excludeIds?: number[];
  allowCreate?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const latest = useRef('');

  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (!q) return;
    const timer = setTimeout(async () => {
      setLoading(true);
      const found = await search(q);
      // Answers can arrive out of order; only the one for the current text counts.
      if (latest.current === q) {
        setMatches(found);
        setLoading(false);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, search]);

  const q = query.trim();
  const visible = q ? matches.filter((m) => !excludeIds.includes(m.id)) : [];
  const exact = visible.some((m) => m.name.toLowerCase() === q.toLowerCase());
  const options: ({ kind: 'existing'; option: PickerOption } | { kind: 'create' })[] = [
    ...visible.map((option) => ({ kind: 'existing' as const, option })),
    ...(q && !exact && allowCreate ? [{ kind: 'create' as const }] : []),
  ];
  const expanded = open && options.length > 0;

  function pick(index: number) {
    const chosen = options[index];
    if (!chosen) return;
    onPick(chosen.kind === 'existing' ? { id: chosen.option.id, name: chosen.option.name } : { newName: q });
    setQuery('');
    setMatches([]);
    setOpen(false);
    setActive(0);
  }

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        className={inputClass}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            // Enter picks; it never submits the whole film form from here.
            e.preventDefault();
            if (expanded) pick(active);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        className={`absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-200 bg-surface py-1 text-sm shadow-lg ${expanded ? '' : 'hidden'}`}
      >
        {options.map((o, i) => (
          <li
            key={o.kind === 'existing' ? o.option.id : 'create'}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 ${i === active ? 'bg-stone-100' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => pick(i)}
          >
            {o.kind === 'existing' ? (
              <>
                <span className="font-medium text-ink">{o.option.name}</span>
                {o.option.hint && <span className="truncate text-xs text-ink-soft">{o.option.hint}</span>}
              </>
            ) : (
              <span>
                <span className="mr-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">New</span>
                Create {noun} “{q}”
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && q && !loading ? `${visible.length} ${visible.length === 1 ? 'match' : 'matches'}` : ''}
      </p>
    </div>
  );
}
