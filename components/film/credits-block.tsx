import Link from 'next/link';
import { COMPANY_ROLE_HEADINGS, CREDIT_ROLE_HEADINGS, countryName } from '@/lib/catalogue';
import { formatCalendarDate } from '@/lib/dates';
import type { FilmPage } from '@/lib/dal/types';
import { routes } from '@/lib/routes';

const linkClass = 'underline decoration-rule underline-offset-4 hover:text-accent';

/** The full credits, in the order and wording of a printed credits block. */
export function CreditsBlock({ film }: { film: FilmPage }) {
  return (
    <section aria-labelledby="credits-heading" className="rounded-sm border border-rule bg-paper-deep/60 p-6">
      <h2 id="credits-heading" className="font-serif text-2xl font-bold">
        {film.title}: credits
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-[0.95rem] sm:grid-cols-[max-content_1fr]">
        {film.credits.map((group) => (
          <div key={group.role} className="contents">
            <dt className="font-semibold text-ink-soft">{CREDIT_ROLE_HEADINGS[group.role]}</dt>
            <dd>
              {group.role === 'cast' ? (
                <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
                  {group.people.map((p) => (
                    <li key={p.slug}>
                      <Link className={linkClass} href={routes.person(p.slug)}>
                        {p.name}
                      </Link>
                      {p.character && <span className="text-ink-soft"> as {p.character}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                group.people.map((p, i) => (
                  <span key={p.slug}>
                    {i > 0 && ', '}
                    <Link className={linkClass} href={routes.person(p.slug)}>
                      {p.name}
                    </Link>
                  </span>
                ))
              )}
            </dd>
          </div>
        ))}
        {film.companies.map((group) => (
          <div key={group.role} className="contents">
            <dt className="font-semibold text-ink-soft">{COMPANY_ROLE_HEADINGS[group.role]}</dt>
            <dd>{group.companies.map((c) => c.name).join(', ')}</dd>
          </div>
        ))}
        {film.releases.length > 0 && (
          <>
            <dt className="font-semibold text-ink-soft">Release dates</dt>
            <dd>
              <ul>
                {film.releases.map((r) => (
                  <li key={`${r.country}-${r.kind}`}>
                    <time dateTime={r.date}>{formatCalendarDate(r.date)}</time> ({countryName(r.country)})
                    {r.certification && <span className="text-ink-soft"> · rated {r.certification}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {film.runtimeMinutes && (
          <>
            <dt className="font-semibold text-ink-soft">Running time</dt>
            <dd>{film.runtimeMinutes} minutes</dd>
          </>
        )}
      </dl>
    </section>
  );
}
