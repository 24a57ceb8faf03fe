import Link from 'next/link';
import { FilmGrid, SectionHeading } from '@/components/film/film-grid';
import { Stars } from '@/components/ui/stars';
import { listHomeFilms, listRecentFilms } from '@/lib/dal/public/films';
import { listReviewers } from '@/lib/dal/public/reviewers';
import { CriticCard } from '@/components/reviewer/critic-card';
import { listLatestReviews } from '@/lib/dal/public/reviews';
import { now } from '@/lib/clock';
import { formatCalendarDate, siteDateOf } from '@/lib/dates';
import { routes } from '@/lib/routes';
import { LEAD_SIZES, LeadImage } from '@/components/review/lead-image';

const HOME_CRITICS = 6;
const moreLink = 'text-sm font-semibold text-accent underline underline-offset-4';

export default async function HomePage() {
  const [latest, films, reviewers, home] = await Promise.all([
    listLatestReviews(7),
    listRecentFilms(12),
    // The most prolific critics; the whole masthead is on /reviewers (300 cards at the bench's size).
    listReviewers(HOME_CRITICS),
    listHomeFilms(siteDateOf(now())),
  ]);
  const [lead, ...rest] = latest;

  return (
    <div className="space-y-16">
      <section id="latest" aria-labelledby="latest-heading">
        <h1 id="latest-heading" className="sr-only">
          Bobine: latest reviews
        </h1>
        {lead ? (
          <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
            <article className="border-b border-rule pb-8 lg:border-b-0 lg:border-r lg:pb-0 lg:pr-10">
              {lead.leadImage && (
                <div className="mb-6">
                  <LeadImage image={lead.leadImage} sizes={LEAD_SIZES.home} priority />
                </div>
              )}
              <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">Latest review</p>
              <h2 className="mt-3 font-serif text-4xl font-black leading-tight text-balance md:text-5xl">
                <Link className="hover:text-accent" href={routes.film(lead.film.slug)}>
                  {lead.film.title}
                </Link>
              </h2>
              <p className="mt-3 text-sm text-ink-soft">
                By{' '}
                <Link className="font-semibold text-ink hover:text-accent" href={routes.reviewer(lead.reviewer.slug)}>
                  {lead.reviewer.penName}
                </Link>{' '}
                ·{' '}
                {formatCalendarDate(lead.publishedAt.toISOString().slice(0, 10))}
              </p>
              {lead.headline && <p className="mt-3 font-serif text-2xl font-bold leading-snug text-balance">{lead.headline}</p>}
              {lead.mark !== null && (
                <p className="mt-4">
                  <Stars mark={lead.mark} size="lg" />
                </p>
              )}
              {lead.standfirst && <p className="mt-5 font-serif text-xl italic leading-relaxed">{lead.standfirst}</p>}
              <p className="mt-5 font-serif text-xl leading-relaxed">
                {lead.containsSpoilers ? 'This review discusses the plot. Read it on the film page.' : lead.excerpt}
              </p>
              <Link className="mt-5 inline-block font-semibold text-accent underline underline-offset-4" href={routes.film(lead.film.slug)}>
                Read {lead.reviewer.penName}&rsquo;s review
              </Link>
            </article>
            <div>
              <h2 className="text-xs font-semibold uppercase tracking-[0.25em] text-ink-soft">More reviews</h2>
              <ul className="mt-3 divide-y divide-rule">
                {rest.map((r) => (
                  <li key={r.id} className="py-4">
                    <Link className="group block" href={routes.film(r.film.slug)}>
                      <span className="flex items-baseline justify-between gap-3">
                        <span className="font-serif text-xl font-bold group-hover:text-accent">{r.film.title}</span>
                        {r.mark !== null && <Stars mark={r.mark} size="sm" />}
                      </span>
                      {r.headline && <span className="mt-1 block font-serif text-lg leading-snug">{r.headline}</span>}
                      <span className="mt-1 block text-sm text-ink-soft">by {r.reviewer.penName}</span>
                      {(r.standfirst || r.excerpt) && <span className="mt-1 line-clamp-2 block text-sm">{r.standfirst || r.excerpt}</span>}
                      {r.containsSpoilers && <span className="mt-1 block text-sm italic text-accent-dark">Contains spoilers</span>}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : (
          <p className="font-serif text-xl italic text-ink-soft">No review has been published yet.</p>
        )}
      </section>

      <div className="grid gap-12 lg:grid-cols-2 render-lazily">
        <section id="in-cinemas" aria-labelledby="in-cinemas-heading">
          <SectionHeading id="in-cinemas-heading">Now in cinemas</SectionHeading>
          <div className="mt-6">
            {home.inCinemas.length > 0 ? (
              <FilmGrid films={home.inCinemas} dated columns={4} />
            ) : (
              <p className="font-serif text-lg italic text-ink-soft">No film we cover opened in cinemas in the last six weeks.</p>
            )}
          </div>
        </section>
        <section id="coming-soon" aria-labelledby="coming-soon-heading">
          <SectionHeading id="coming-soon-heading">Coming soon</SectionHeading>
          <div className="mt-6">
            {home.comingSoon.length > 0 ? (
              <FilmGrid films={home.comingSoon} dated columns={4} />
            ) : (
              <p className="font-serif text-lg italic text-ink-soft">No upcoming cinema release announced.</p>
            )}
          </div>
        </section>
      </div>

      {home.bestMarked.length > 0 && (
        <section id="best-marked" aria-labelledby="best-marked-heading" className="render-lazily">
          <SectionHeading id="best-marked-heading" aside={<Link className={moreLink} href={routes.films({ sort: 'mark' })}>All films by mark</Link>}>
            Best marked
          </SectionHeading>
          <div className="mt-6">
            <FilmGrid films={home.bestMarked} />
          </div>
        </section>
      )}

      <section id="films" aria-labelledby="films-heading" className="render-lazily">
        <SectionHeading id="films-heading" aside={<Link className={moreLink} href={routes.films()}>All films</Link>}>
          Films
        </SectionHeading>
        <div className="mt-6">
          <FilmGrid films={films} />
        </div>
      </section>

      {reviewers.length > 0 && (
        <section id="critics" aria-labelledby="critics-heading" className="render-lazily">
          <SectionHeading id="critics-heading" aside={<Link className={moreLink} href={routes.reviewers()}>All critics</Link>}>
            Our critics
          </SectionHeading>
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {reviewers.map((r) => (
              <li key={r.slug}>
                <CriticCard critic={r} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
