'use client';

import { useEffect, useState, useTransition } from 'react';
import { searchMediaAction } from '@/app/admin/media/actions';
import { mediaPreviewUrl } from '@/lib/media-urls';
import { FIELD_LABEL } from './image-fields';
import type { UploadedMedia } from './upload';

export type ImageSource = 'upload' | 'library';

/**
 * Where a new image comes from, in both places that take one (the editor's image box, the stills
 * and portrait picker): a new file, or one already in the library.
 */
export function ImageSourceToggle({ value, onChange }: { value: string; onChange: (source: ImageSource) => void }) {
  return (
    <div role="group" aria-label="Image source" className="flex gap-1 text-sm">
      {(['upload', 'library'] as const).map((source) => (
        <button
          key={source}
          type="button"
          aria-pressed={value === source}
          onClick={() => onChange(source)}
          className="rounded-sm px-3 py-1 font-medium text-ink-soft aria-pressed:bg-ink aria-pressed:text-paper"
        >
          {source === 'upload' ? 'Upload a file' : 'From the library'}
        </button>
      ))}
    </div>
  );
}

export type LibrarySearch = {
  query: string;
  setQuery: (query: string) => void;
  /** null until the first answer. */
  results: UploadedMedia[] | null;
  searching: boolean;
};

/**
 * The library's images matching what the person types, while `active` (the library tab is open).
 * The state lives with the caller's form, so going to the upload tab and back keeps the words and
 * the results.
 */
export function useLibrarySearch(active: boolean): LibrarySearch {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<UploadedMedia[] | null>(null);
  const [searching, startSearch] = useTransition();

  useEffect(() => {
    if (!active) return;
    // The first look at the library answers at once; after that, a search waits for a pause in the
    // typing so that each keystroke does not ask the server.
    const handle = setTimeout(() => startSearch(async () => setResults(await searchMediaAction(query))), results === null ? 0 : 250);
    return () => clearTimeout(handle);
    // The results only follow the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, query]);

  return { query, setQuery, results, searching };
}

/**
 * The library tab's search field and the thumbnails to choose from: each a toggle button named by
 * its alt text and file name, the chosen one pressed. Images in `exclude` (already used here) are
 * not offered.
 */
export function LibraryGrid({
  id,
  search,
  pickedId,
  onChoose,
  exclude = [],
  inputClassName,
  gridClassName,
}: {
  /** The field's id is `${id}-search`. */
  id: string;
  search: LibrarySearch;
  pickedId: number | undefined;
  onChoose: (m: UploadedMedia) => void;
  exclude?: number[];
  inputClassName: string;
  /** The grid's height and columns where it is shown. */
  gridClassName: string;
}) {
  const offered = search.results?.filter((m) => !exclude.includes(m.id));
  return (
    <>
      <label htmlFor={`${id}-search`} className={FIELD_LABEL}>
        Search the library
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={search.query}
        onChange={(e) => search.setQuery(e.target.value)}
        placeholder="File name, caption or credit"
        className={inputClassName}
      />
      <ul aria-label="Library images" aria-busy={search.searching} className={`mt-2 grid gap-2 overflow-y-auto ${gridClassName}`}>
        {offered?.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              aria-pressed={pickedId === m.id}
              aria-label={`${m.alt} (${m.fileName})`}
              onClick={() => onChoose(m)}
              className="block w-full overflow-hidden rounded-sm border-2 border-transparent aria-pressed:border-accent"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- our own variant */}
              <img src={mediaPreviewUrl(m)} alt="" width={m.width} height={m.height} loading="lazy" className="aspect-[3/2] w-full object-cover" />
            </button>
          </li>
        ))}
      </ul>
      {offered && offered.length === 0 && <p className="mt-2 text-sm text-ink-soft">No image matches.</p>}
    </>
  );
}
