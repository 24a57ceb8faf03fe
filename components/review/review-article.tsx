import Link from 'next/link';
import { CriticPortrait } from '@/components/reviewer/critic-portrait';
import { Stars } from '@/components/ui/stars';
import { RichText } from '@/lib/rich-text/render';
import { formatInstant } from '@/lib/dates';
import { seenOnSentence } from '@/lib/viewing';
import { wordCount, readingMinutes } from '@/lib/rich-text/text';
import type { PublicReview } from '@/lib/dal/types';
import { routes } from '@/lib/routes';
import { reviewHeading } from '@/lib/seo/snippet';
import { LEAD_SIZES, LeadImage } from './lead-image';

/**
 * One critic's review in full, as it appears on the film page and on its own page. `permalink`: the
 * review's own address, offered as a link (left out on that page itself). `first`: the first review
 * on its page, whose lead image is on screen when the page opens (the review's own page is that).
 */
export function ReviewArticle({ review, permalink, first = !permalink }: { review: PublicReview; permalink?: string; first?: boolean }) {
  const name = review.reviewer.penName;
  const headingId = `review-${review.id}`;
  const seen = seenOnSentence(review.seenOn, review.venue);
  const minutes = readingMinutes(wordCount(review.body));
  // On the review's own page (no permalink offered) an opening image is on screen at once, unless
  // the lead image is the one there.
  const body = <RichText doc={review.body} className="prose-review drop-cap" aboveTheFold={!permalink && !review.leadImage} />;
  return (
    <article aria-labelledby={headingId} className="border-t border-rule pt-10">
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id={headingId} className="font-serif text-3xl font-bold text-balance">
            {reviewHeading(review)}
          </h2>
          {review.standfirst && <p className="mt-2 max-w-2xl font-serif text-xl leading-snug text-ink-soft">{review.standfirst}</p>}
          <div className="mt-2 flex items-center gap-3">
            {review.reviewer.portrait !== undefined && <CriticPortrait penName={name} portrait={review.reviewer.portrait} size="sm" alt="" eager={!permalink} />}
            <p className="text-sm text-ink-soft">
              By{' '}
              <Link className="font-medium text-ink underline decoration-rule underline-offset-4 hover:text-accent" href={routes.reviewer(review.reviewer.slug)}>
                {name}
              </Link>{' '}
              · <time dateTime={review.publishedAt.toISOString()}>{formatInstant(review.publishedAt)}</time> · {minutes} min read
              {permalink && (
                <>
                  {' '}
                  ·{' '}
                  <Link className="underline decoration-rule underline-offset-4 hover:text-accent" href={permalink} aria-label={`Permalink to ${name}’s review`}>
                    Permalink
                  </Link>
                </>
              )}
            </p>
          </div>
        </div>
        {review.mark !== null && <Stars mark={review.mark} size="lg" />}
      </header>
      {review.leadImage && (
        <div className="mb-8">
          <LeadImage image={review.leadImage} sizes={LEAD_SIZES.review} priority={first} />
        </div>
      )}

      {review.containsSpoilers ? (
        <details className="group rounded-sm border border-accent/40 bg-accent/5 p-5">
          <summary className="cursor-pointer list-none font-semibold text-accent-dark">
            <span className="mr-2 inline-block rounded-sm bg-accent px-2 py-0.5 text-xs uppercase tracking-wider text-paper">Spoilers</span>
            This review reveals parts of the plot.{' '}
            <span className="underline group-open:hidden">Show review</span>
            <span className="hidden underline group-open:inline">Hide review</span>
          </summary>
          <div className="mt-5">{body}</div>
        </details>
      ) : (
        body
      )}

      <footer className="mt-6 space-y-2 border-t border-dashed border-rule pt-4 text-[0.95rem]">
        {/* Upright: the first review sits near the first screen, where an italic would fetch a third font file. */}
        {seen && <p className="text-ink-soft">{seen}</p>}
        {review.mark !== null && (
          <p className="flex items-center gap-3">
            <span className="font-semibold">{name}&rsquo;s Mark:</span> <Stars mark={review.mark} />
          </p>
        )}
      </footer>
    </article>
  );
}
