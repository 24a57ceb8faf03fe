import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-controls';

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
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {q && (
        <Link href="?" className="pb-2 text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
          Clear
        </Link>
      )}
    </form>
  );
}
