'use client';

import { useEffect, useId, useState, useTransition } from 'react';
import { searchFilmsAction, startReviewAction } from '@/app/admin/reviews/actions';
import type { FilmChoice } from '@/lib/dal/types';

/**
 * A searchable film picker (ARIA combobox): type a few letters of the title or original title, pick
 * with the arrow keys and Enter or the pointer. Choosing opens the review (one per film per critic).
 */
export function FilmPicker() {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<FilmChoice[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [, start] = useTransition();
  const [chosen, setChosen] = useState<FilmChoice | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    // An answer for text the person has since changed is dropped: answers can arrive out of order.
    let current = true;
    const t = setTimeout(() => {
      start(async () => {
        const found = await searchFilmsAction(q);
        if (!current) return;
        setResults(found);
        setActive(0);
        setOpen(true);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [query]);

  function choose(film: FilmChoice) {
    setChosen(film);
    setQuery(film.title);
    setOpen(false);
    const form = new FormData();
    form.set('filmId', String(film.id));
    start(() => startReviewAction(form));
  }

  return (
    <div className="relative max-w-xl">
      <label htmlFor="film-picker" className="block text-sm font-medium">
        Film
      </label>
      <input
        id="film-picker"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].id}` : undefined}
        autoComplete="off"
        placeholder="Type a few letters of the title"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosen(null);
          if (e.target.value.trim().length < 2) setResults([]);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && results[active]) {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape') setOpen(false);
        }}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-surface px-3 py-2.5 text-lg shadow-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
      />
      {open && results.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Films" className="absolute z-20 mt-1 w-full overflow-hidden rounded-md border border-stone-200 bg-surface shadow-lg">
          {results.map((f, i) => (
            <li
              key={f.id}
              id={`${listId}-${f.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(f)}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-4 py-2.5 ${i === active ? 'bg-stone-100' : ''}`}
            >
              <span className="font-serif font-semibold">{f.title}</span>
              {f.year && <span className="text-ink-soft"> ({f.year})</span>}
              {f.originalTitle && <span className="block text-xs italic text-ink-soft">{f.originalTitle}</span>}
              {f.reviewId && <span className="block text-xs text-accent">You already reviewed it: opens your review</span>}
            </li>
          ))}
        </ul>
      )}
      {open && query.trim().length >= 2 && results.length === 0 && <p className="mt-2 text-sm text-ink-soft">No film matches “{query}”.</p>}
      <p role="status" aria-live="polite" className="mt-2 text-sm text-ink-soft">
        {chosen ? `Opening your review of ${chosen.title}…` : ''}
      </p>
    </div>
  );
}
