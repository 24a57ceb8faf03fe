import Link from 'next/link';
import { Poster } from '@/components/film/poster';
import { Stars } from '@/components/ui/stars';
import { listRecentFilms } from '@/lib/dal/films';
import { listReviewers } from '@/lib/dal/reviewers';
import { listLatestReviews } from '@/lib/dal/reviews-public';
import { formatCalendarDate, formatRuntime, yearOf } from '@/lib/dates';

export default async function HomePage() {
  const [latest, films, reviewers] = await Promise.all([listLatestReviews(7), listRecentFilms(12), listReviewers()]);
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
              <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">Latest review</p>
              <h2 className="mt-3 font-serif text-4xl font-black leading-tight text-balance md:text-5xl">
                <Link className="hover:text-accent" href={`/films/${lead.film.slug}`}>
                  {lead.film.title}
                </Link>
              </h2>
              <p className="mt-3 text-sm text-ink-soft">
                By <span className="font-semibold text-ink">{lead.reviewer.penName}</span> ·{' '}
                {formatCalendarDate(lead.publishedAt.toISOString().slice(0, 10))}
              </p>
              {lead.mark !== null && (
                <p className="mt-4">
                  <Stars mark={lead.mark} size="lg" />
                </p>
              )}
              <p className="mt-5 font-serif text-xl leading-relaxed">
                {lead.containsSpoilers ? 'This review discusses the plot. Read it on the film page.' : lead.excerpt}
              </p>
              <Link className="mt-5 inline-block font-semibold text-accent underline underline-offset-4" href={`/films/${lead.film.slug}`}>
                Read {lead.reviewer.penName}&rsquo;s review
              </Link>
            </article>
            <div>
              <h2 className="text-xs font-semibold uppercase tracking-[0.25em] text-ink-soft">More reviews</h2>
              <ul className="mt-3 divide-y divide-rule">
                {rest.map((r) => (
                  <li key={r.id} className="py-4">
                    <Link className="group block" href={`/films/${r.film.slug}`}>
                      <span className="flex items-baseline justify-between gap-3">
                        <span className="font-serif text-xl font-bold group-hover:text-accent">{r.film.title}</span>
                        {r.mark !== null && <Stars mark={r.mark} size="sm" />}
                      </span>
                      <span className="mt-1 block text-sm text-ink-soft">by {r.reviewer.penName}</span>
                      {r.excerpt && <span className="mt-1 line-clamp-2 block text-sm">{r.excerpt}</span>}
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

      <section id="films" aria-labelledby="films-heading">
        <h2 id="films-heading" className="border-b-2 border-ink pb-2 font-serif text-3xl font-black">
          Films
        </h2>
        <ul className="mt-6 grid grid-cols-2 gap-x-6 gap-y-8 sm:grid-cols-3 lg:grid-cols-6">
          {films.map((f) => (
            <li key={f.slug}>
              <Link className="group block" href={`/films/${f.slug}`}>
                <Poster slug={f.slug} title={f.title} year={yearOf(f.firstRelease)} size="sm" poster={f.poster} />
                <span className="mt-2 block font-serif font-bold leading-snug group-hover:text-accent">{f.title}</span>
                <span className="block text-xs text-ink-soft">
                  {[yearOf(f.firstRelease), f.directors[0], f.runtimeMinutes ? formatRuntime(f.runtimeMinutes) : null]
                    .filter(Boolean)
                    .join(' · ')}
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
      </section>

      {reviewers.length > 0 && (
        <section id="critics" aria-labelledby="critics-heading">
          <h2 id="critics-heading" className="border-b-2 border-ink pb-2 font-serif text-3xl font-black">
            Our critics
          </h2>
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {reviewers.map((r) => (
              <li key={r.slug} className="rounded-sm border border-rule bg-paper-deep/50 p-5">
                <p className="font-serif text-2xl font-bold">{r.penName}</p>
                <p className="mt-1 text-xs uppercase tracking-widest text-ink-soft">
                  {r.reviewCount} {r.reviewCount === 1 ? 'review' : 'reviews'}
                </p>
                <p className="mt-3 text-sm leading-relaxed">{r.bio}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
