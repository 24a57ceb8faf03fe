import type { Metadata } from 'next';
import Link from 'next/link';
import { listCritics } from '@/lib/dal/public/reviewers';
import { siteDateOf, formatCalendarDate } from '@/lib/dates';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Critics',
  description: 'The house critics of Bobine: who they are, how much they have written, what they reviewed last.',
  alternates: { canonical: routes.reviewers() },
};

/** Two letters for the critic's medallion until critics have portraits of their own. */
function initials(penName: string): string {
  const words = penName.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : penName.slice(0, 2)).toUpperCase();
}

export default async function CriticsPage() {
  const critics = await listCritics();
  return (
    <div className="mx-auto max-w-5xl space-y-10">
      <header className="border-b-2 border-ink pb-6">
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">The house critics</p>
        <h1 className="mt-2 font-serif text-4xl font-black md:text-5xl">Critics</h1>
        <p className="mt-3 max-w-2xl font-serif text-lg text-ink-soft">
          Several voices on the same films. Each critic signs their reviews, gives their own mark and keeps a diary of what
          they saw.
        </p>
      </header>
      {critics.length === 0 ? (
        <p className="font-serif text-lg italic text-ink-soft">No critic has published a review yet.</p>
      ) : (
        <ul className="grid gap-x-10 gap-y-12 md:grid-cols-2">
          {critics.map((c) => (
            <li key={c.slug} className="grid grid-cols-[4.5rem_1fr] gap-5">
              <span
                aria-hidden="true"
                className="flex h-18 w-18 items-center justify-center rounded-full border-2 border-ink bg-paper-deep font-serif text-2xl font-black text-accent"
              >
                {initials(c.penName)}
              </span>
              <div>
                <h2 className="font-serif text-2xl font-bold">
                  <Link className="hover:text-accent" href={routes.reviewer(c.slug)}>
                    {c.penName}
                  </Link>
                </h2>
                <p className="mt-1 text-xs uppercase tracking-widest text-ink-soft">
                  {c.reviewCount} {c.reviewCount === 1 ? 'review' : 'reviews'}
                </p>
                {c.bio && <p className="mt-3 leading-relaxed">{c.bio}</p>}
                {c.latest && (
                  <p className="mt-3 text-sm text-ink-soft">
                    Latest:{' '}
                    <Link className="font-semibold text-ink hover:text-accent" href={routes.film(c.latest.filmSlug)}>
                      {c.latest.filmTitle}
                    </Link>
                    , {formatCalendarDate(siteDateOf(c.latest.publishedAt))}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
