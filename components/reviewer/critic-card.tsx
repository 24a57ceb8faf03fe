import Link from 'next/link';
import { formatCalendarDate, siteDateOf } from '@/lib/dates';
import type { CriticEntry, ReviewerCard } from '@/lib/dal/types';
import { routes } from '@/lib/routes';

/** Two letters for the critic's medallion until critics have portraits of their own. */
function initials(penName: string): string {
  const words = penName.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : penName.slice(0, 2)).toUpperCase();
}

/**
 * A critic: name, count and bio (home page); on /reviewers also a medallion and their latest
 * review. `Heading`: the level the page needs (the home page's sections already use h2).
 */
export function CriticCard({ critic, Heading = 'p' }: { critic: ReviewerCard | CriticEntry; Heading?: 'p' | 'h2' }) {
  const latest = 'latest' in critic ? critic.latest : undefined;
  const full = latest !== undefined;
  return (
    <div className={full ? 'grid grid-cols-[4.5rem_1fr] gap-5' : 'rounded-sm border border-rule bg-paper-deep/50 p-5'}>
      {full && (
        <span
          aria-hidden="true"
          className="flex h-18 w-18 items-center justify-center rounded-full border-2 border-ink bg-paper-deep font-serif text-2xl font-black text-accent"
        >
          {initials(critic.penName)}
        </span>
      )}
      <div>
        <Heading className="font-serif text-2xl font-bold">
          <Link className="hover:text-accent" href={routes.reviewer(critic.slug)}>
            {critic.penName}
          </Link>
        </Heading>
        <p className="mt-1 text-xs uppercase tracking-widest text-ink-soft">
          {critic.reviewCount} {critic.reviewCount === 1 ? 'review' : 'reviews'}
        </p>
        {critic.bio && <p className={full ? 'mt-3 leading-relaxed' : 'mt-3 text-sm leading-relaxed'}>{critic.bio}</p>}
        {latest && (
          <p className="mt-3 text-sm text-ink-soft">
            Latest:{' '}
            <Link className="font-semibold text-ink hover:text-accent" href={routes.film(latest.filmSlug)}>
              {latest.filmTitle}
            </Link>
            , {formatCalendarDate(siteDateOf(latest.publishedAt))}
          </p>
        )}
      </div>
    </div>
  );
}
