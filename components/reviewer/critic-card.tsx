import Link from 'next/link';
import { formatCalendarDate, siteDateOf } from '@/lib/dates';
import type { CriticEntry, ReviewerCard } from '@/lib/dal/types';
import { routes } from '@/lib/routes';
import { CriticPortrait } from './critic-portrait';

/**
 * A critic: name, count and bio (home page); on /reviewers also their portrait (or initials) and their latest
 * review. `Heading`: the level the page needs (the home page's sections already use h2).
 */
export function CriticCard({ critic, Heading = 'p' }: { critic: ReviewerCard | CriticEntry; Heading?: 'p' | 'h2' }) {
  const latest = 'latest' in critic ? critic.latest : undefined;
  const full = latest !== undefined;
  return (
    <div className={full ? 'grid grid-cols-[4.5rem_1fr] gap-5' : 'rounded-sm border border-rule bg-paper-deep/50 p-5'}>
      {full && <CriticPortrait penName={critic.penName} portrait={critic.portrait} size="md" />}
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
