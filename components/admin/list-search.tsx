import Link from 'next/link';
import { inputClass, secondaryButtonClass } from '@/components/ui/form-controls';

/** A GET search form for the catalogue lists: the query lives in the URL, no JavaScript needed. */
export function ListSearch({ label, placeholder, q }: { label: string; placeholder: string; q?: string }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-6 flex flex-wrap items-end gap-3">
      <div className="w-full max-w-md">
        <label htmlFor="q" className="block text-sm font-medium">
          {label}
        </label>
        <input id="q" name="q" type="search" defaultValue={q ?? ''} placeholder={placeholder} className={inputClass} />
      </div>
      <button type="submit" className={secondaryButtonClass}>
        Search
      </button>
      {q && (
        <Link href="?" className="pb-2 text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
          Clear
        </Link>
      )}
    </form>
  );
}
