import type { Metadata } from 'next';
import Link from 'next/link';
import { Highlighted } from '@/components/search/highlighted';
import { buttonClass, inputClass } from '@/components/ui/form-controls';
import { Pagination } from '@/components/ui/pagination';
import { Stars } from '@/components/ui/stars';
import { search } from '@/lib/dal/public/search';
import type { SearchResults } from '@/lib/dal/types';
import { yearOf } from '@/lib/dates';
import { SEARCH_QUERY_MAX } from '@/lib/search-query';
import { searchParamsSchema, type SearchKind } from '@/lib/validation/public';
import { routes } from '@/lib/routes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchParamsSchema.parse(await searchParams);
  // Result pages are not worth indexing; the films and people pages are.
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false, follow: true } };
}

const PREVIEW = 5;
const PER_PAGE = 20;
const KIND_LABELS: Record<SearchKind, string> = { films: 'Films', people: 'People', reviews: 'Reviews' };

export default async function SearchPage({ searchParams }: Props) {
  const { q, kind, page } = searchParamsSchema.parse(await searchParams);
  const results = q ? await search(q, { only: kind, page: kind ? page : 1, perKind: kind ? PER_PAGE : PREVIEW }) : null;
  const total = results ? results.films.total + results.people.total + results.reviews.total : 0;

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header>
        <h1 className="font-serif text-4xl font-black md:text-5xl">Search</h1>
        <form method="get" action={routes.search()} role="search" aria-label="Search films, people and reviews" className="mt-5 flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="search-page-q" className="block text-xs font-semibold uppercase tracking-wider text-ink-soft">
              Films, people and reviews
            </label>
            <input id="search-page-q" name="q" type="search" defaultValue={q} maxLength={SEARCH_QUERY_MAX} className={`${inputClass} text-lg`} />
          </div>
          {kind && <input type="hidden" name="kind" value={kind} />}
          <button type="submit" className={`${buttonClass} py-2.5`}>
            Search
          </button>
        </form>
        {results && (
          <p className="mt-3 text-sm text-ink-soft" role="status">
            {total === 0 ? `Nothing found for “${q}”.` : `${total} ${total === 1 ? 'result' : 'results'} for “${q}”${kind ? ` in ${KIND_LABELS[kind].toLowerCase()}` : ''}.`}
            {kind && (
              <>
                {' '}
                <Link className="font-medium text-accent underline underline-offset-4" href={routes.search(q)}>
                  Search everything
                </Link>
              </>
            )}
          </p>
        )}
      </header>

      {results && <Groups results={results} q={q} kind={kind} page={page} />}
    </div>
  );
}

function Groups({ results, q, kind, page }: { results: SearchResults; q: string; kind?: SearchKind; page: number }) {
  const more = (k: SearchKind, count: number) =>
    !kind && count > PREVIEW ? (
      <Link className="text-sm font-semibold text-accent underline underline-offset-4" href={routes.search(q, k)}>
        All {count} {KIND_LABELS[k].toLowerCase()}
      </Link>
    ) : null;
  const pager = (k: SearchKind, count: number) =>
    kind === k ? <Pagination page={page} pageCount={Math.max(1, Math.ceil(count / PER_PAGE))} basePath={routes.search()} params={{ q, kind }} /> : null;
  const heading = (k: SearchKind, count: number) => (
    <div className="flex items-end justify-between gap-4 border-b-2 border-ink pb-2">
      <h2 id={`results-${k}`} className="font-serif text-2xl font-black">
        {KIND_LABELS[k]} <span className="text-base font-normal text-ink-soft">({count})</span>
      </h2>
      {more(k, count)}
    </div>
  );

  return (
    <>
      {results.films.total > 0 && (
        <section aria-labelledby="results-films">
          {heading('films', results.films.total)}
          <ul className="divide-y divide-rule">
            {results.films.hits.map((f) => (
              <li key={f.slug} className="py-3">
                <Link className="font-serif text-xl font-bold hover:text-accent" href={routes.film(f.slug)}>
                  <Highlighted text={f.titleHighlighted} />
                </Link>
                <span className="ml-2 text-sm text-ink-soft">{yearOf(f.firstRelease)}</span>
                {f.originalTitleHighlighted && f.originalTitleHighlighted.replace(/[\uE000\uE001]/g, '') !== f.title && (
                  <span className="block text-sm italic text-ink-soft">
                    Original title: <Highlighted text={f.originalTitleHighlighted} />
                  </span>
                )}
              </li>
            ))}
          </ul>
          {pager('films', results.films.total)}
        </section>
      )}
      {results.people.total > 0 && (
        <section aria-labelledby="results-people">
          {heading('people', results.people.total)}
          <ul className="divide-y divide-rule">
            {results.people.hits.map((p) => (
              <li key={p.slug} className="py-3">
                <Link className="font-serif text-xl font-bold hover:text-accent" href={routes.person(p.slug)}>
                  <Highlighted text={p.nameHighlighted} />
                </Link>
                <span className="ml-2 text-sm text-ink-soft">
                  {p.creditCount} {p.creditCount === 1 ? 'credit' : 'credits'}
                </span>
              </li>
            ))}
          </ul>
          {pager('people', results.people.total)}
        </section>
      )}
      {results.reviews.total > 0 && (
        <section aria-labelledby="results-reviews">
          {heading('reviews', results.reviews.total)}
          <ul className="divide-y divide-rule">
            {results.reviews.hits.map((r) => (
              <li key={r.id} className="py-4">
                <p className="flex flex-wrap items-baseline justify-between gap-3">
                  <Link className="font-serif text-xl font-bold hover:text-accent" href={routes.review(r.filmSlug, r.id)}>
                    {r.filmTitle}: {r.penName}’s review
                  </Link>
                  {r.mark !== null && <Stars mark={r.mark} size="sm" />}
                </p>
                <p className="mt-1 font-serif leading-relaxed text-ink">
                  <Highlighted text={r.snippet} />
                </p>
              </li>
            ))}
          </ul>
          {pager('reviews', results.reviews.total)}
        </section>
      )}
    </>
  );
}
