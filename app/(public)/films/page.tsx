import type { Metadata } from 'next';
import Link from 'next/link';
import { FilmGrid } from '@/components/film/film-grid';
import { buttonClass, inputClass } from '@/components/ui/form-controls';
import { Pagination } from '@/components/ui/pagination';
import { filmPageLinks, getFilmFilterChoices, listFilms } from '@/lib/dal/public/films';
import { MARK_CHOICES } from '@/lib/marks';
import { FILM_SORT_LABELS, FILM_SORTS, filmFiltersSchema } from '@/lib/validation/public';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Films',
  description: 'Every film reviewed in Bobine, by genre, year, critic and mark.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const labelClass = 'block text-xs font-semibold uppercase tracking-wider text-ink-soft';

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function FilmsPage({ searchParams }: Props) {
  const f = filmFiltersSchema.parse(await searchParams);
  const [choices, result] = await Promise.all([
    getFilmFilterChoices(),
    listFilms(
      { genre: f.genre, year: f.year, reviewer: f.reviewer, minMark: f.min, maxMark: f.max, sort: f.sort },
      f.page,
      f.after ? { after: f.after } : f.before ? { before: f.before } : undefined,
    ),
  ]);
  const page = result.page;
  const filtered = Boolean(f.genre || f.year || f.reviewer || f.min !== undefined || f.max !== undefined);
  const params = {
    genre: f.genre,
    year: f.year?.toString(),
    reviewer: f.reviewer,
    min: f.min?.toString(),
    max: f.max?.toString(),
    sort: f.sort === 'release' ? undefined : f.sort,
  };
  const any = { value: '', label: 'Any' };
  const marks = MARK_CHOICES.map((m) => ({ value: String(m.value), label: `${m.label}` }));

  return (
    <div className="space-y-8">
      <header>
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">The catalogue</p>
        <h1 className="mt-2 font-serif text-4xl font-black md:text-5xl">Films</h1>
        <p className="mt-2 text-ink-soft">Every film in Bobine, with the average of its critics’ marks.</p>
      </header>

      {/* Keyed on the filters: after a client-side navigation (Clear filters, pagination) the
          selects must show the new URL's values, not keep what was chosen before. */}
      <form key={JSON.stringify(params)} method="get" action={routes.films()} role="search" aria-label="Filter films" className="rounded-sm border border-rule bg-paper-deep/60 p-5">
        {/* The last column (Sort by) is as wide as its longest option; six equal columns cut off
            "Best average mark". */}
        <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-3 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]">
          <Select name="genre" label="Genre" value={f.genre ?? ''} options={[any, ...choices.genres.map((g) => ({ value: g.slug, label: g.name }))]} />
          <div>
            <label htmlFor="filter-year" className={labelClass}>
              Release year
            </label>
            <input
              id="filter-year"
              name="year"
              type="number"
              inputMode="numeric"
              min={choices.years?.min}
              max={choices.years?.max}
              placeholder="Any"
              defaultValue={f.year ?? ''}
              className={inputClass}
            />
          </div>
          <Select name="reviewer" label="Reviewer" value={f.reviewer ?? ''} options={[any, ...choices.reviewers.map((r) => ({ value: r.slug, label: r.penName }))]} />
          <Select name="min" label="Lowest mark" value={f.min?.toString() ?? ''} options={[any, ...marks]} />
          <Select name="max" label="Highest mark" value={f.max?.toString() ?? ''} options={[any, ...marks]} />
          <Select name="sort" label="Sort by" value={f.sort} options={FILM_SORTS.map((s) => ({ value: s, label: FILM_SORT_LABELS[s] }))} />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass}>
            Show films
          </button>
          {filtered && (
            <Link href={routes.films()} className="text-sm font-medium text-accent underline underline-offset-4">
              Clear filters
            </Link>
          )}
          <p className="text-sm text-ink-soft" role="status">
            {result.total.toLocaleString('en-GB')} {result.total === 1 ? 'film' : 'films'}
            {filtered ? ' match' : ''}
          </p>
        </div>
        <p className="mt-2 text-xs text-ink-soft">Marks are out of 5 and filter on a film’s average; films without a mark are left out when a mark is chosen.</p>
      </form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        {result.films.length === 0 ? (
          <p className="py-10 text-center font-serif text-xl italic text-ink-soft">No film matches these filters.</p>
        ) : (
          <FilmGrid films={result.films} />
        )}
        <Pagination page={page} pageCount={result.pageCount} basePath={routes.films()} params={params} links={filmPageLinks(page, result.pageCount, result.edges)} />
      </section>
    </div>
  );
}
