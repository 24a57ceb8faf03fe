import Link from 'next/link';
import { Stars } from '@/components/ui/stars';
import { Poster } from '@/components/film/poster';
import { RELEASE_KIND_LABELS, countryName } from '@/lib/catalogue';
import { formatCalendarDate, formatRuntime, yearOf } from '@/lib/dates';
import type { FilmPage } from '@/lib/dal/types';
import { routes } from '@/lib/routes';

export function FilmHeader({ film }: { film: FilmPage }) {
  const directors = film.credits.find((c) => c.role === 'director')?.people ?? [];
  const first = film.releases[0];
  return (
    <header className="grid gap-8 md:grid-cols-[220px_1fr]">
      <div className="mx-auto w-48 md:w-full">
        <Poster slug={film.slug} title={film.title} year={yearOf(first?.date)} poster={film.poster} />
      </div>
      <div>
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">
          {film.genres.map((g) => g.name).join(' · ') || 'Film'}
        </p>
        <div className="mt-2 flex flex-wrap items-baseline gap-x-4">
          <h1 className="font-serif text-4xl font-black leading-tight text-balance md:text-5xl">{film.title}</h1>
          {yearOf(first?.date) && (
            <span className="font-serif text-3xl font-light tabular-nums text-ink-soft md:text-4xl">{yearOf(first?.date)}</span>
          )}
        </div>
        <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-[0.95rem]">
          {film.originalTitle && (
            <>
              <dt className="text-ink-soft">Original title</dt>
              {/* Upright Fraunces, already loaded for the title: an italic here would fetch a third font file before the first screen paints. */}
              <dd className="font-serif">{film.originalTitle}</dd>
            </>
          )}
          {directors.length > 0 && (
            <>
              <dt className="text-ink-soft">{directors.length > 1 ? 'Directors' : 'Director'}</dt>
              <dd>
                {directors.map((p, i) => (
                  <span key={p.slug}>
                    {i > 0 && ', '}
                    <Link className="font-medium underline decoration-rule underline-offset-4 hover:text-accent" href={routes.person(p.slug)}>
                      {p.name}
                    </Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          <dt className="text-ink-soft">Release</dt>
          <dd>{RELEASE_KIND_LABELS[film.releaseKind]}</dd>
          {film.runtimeMinutes && (
            <>
              <dt className="text-ink-soft">Running time</dt>
              <dd>
                {film.runtimeMinutes} minutes <span className="text-ink-soft">({formatRuntime(film.runtimeMinutes)})</span>
              </dd>
            </>
          )}
          {first && (
            <>
              <dt className="text-ink-soft">Release date</dt>
              <dd>
                <time dateTime={first.date}>{formatCalendarDate(first.date)}</time>{' '}
                <span className="text-ink-soft">({countryName(first.country)})</span>
              </dd>
            </>
          )}
          {film.ageRating && (
            <>
              <dt className="text-ink-soft">Age rating</dt>
              <dd>
                <span className="rounded-sm border border-ink/40 px-1.5 py-0.5 text-xs font-bold">{film.ageRating}</span>
              </dd>
            </>
          )}
          {film.averageMark !== null && (
            <>
              <dt className="text-ink-soft">Rating</dt>
              <dd>
                <Stars mark={film.averageMark} />{' '}
                <span className="text-sm text-ink-soft">
                  average of {film.markCount} {film.markCount === 1 ? 'review' : 'reviews'}
                </span>
              </dd>
            </>
          )}
        </dl>
        {film.synopsis && (
          <p className="mt-6 max-w-2xl border-l-4 border-accent pl-4 font-serif text-xl leading-relaxed text-ink">{film.synopsis}</p>
        )}
      </div>
    </header>
  );
}
