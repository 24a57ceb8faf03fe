import Link from 'next/link';
import { Poster } from '@/components/film/poster';
import { Stars } from '@/components/ui/stars';
import { formatRuntime, formatShortDate, yearOf } from '@/lib/dates';
import type { FilmCard } from '@/lib/dal/types';
import { routes } from '@/lib/routes';

/** Poster cards, as on the home page. `dated` prints a release date under each card instead of the year. */
export function FilmGrid({ films, dated, columns = 6 }: { films: (FilmCard & { releasedOn?: string })[]; dated?: boolean; columns?: 4 | 6 }) {
  return (
    <ul className={`grid grid-cols-2 gap-x-6 gap-y-8 sm:grid-cols-3 ${columns === 6 ? 'lg:grid-cols-6' : 'lg:grid-cols-4'}`}>
      {films.map((f) => (
        <li key={f.slug}>
          <Link className="group block" href={routes.film(f.slug)}>
            <Poster slug={f.slug} title={f.title} year={yearOf(f.firstRelease)} size="sm" poster={f.poster} />
            <span className="mt-2 block font-serif font-bold leading-snug group-hover:text-accent">{f.title}</span>
            <span className="block text-xs text-ink-soft">
              {dated && f.releasedOn ? (
                <time dateTime={f.releasedOn}>{formatShortDate(f.releasedOn)}</time>
              ) : (
                [yearOf(f.firstRelease), f.directors[0], f.runtimeMinutes ? formatRuntime(f.runtimeMinutes) : null].filter(Boolean).join(' · ')
              )}
            </span>
            {f.averageMark !== null && (
              <span className="mt-1 block">
                <Stars mark={f.averageMark} size="sm" />
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The section heading rule used across the magazine pages. */
export function SectionHeading({ id, children, aside }: { id: string; children: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="flex items-end justify-between gap-4 border-b-2 border-ink pb-2">
      <h2 id={id} className="font-serif text-3xl font-black">
        {children}
      </h2>
      {aside}
    </div>
  );
}
