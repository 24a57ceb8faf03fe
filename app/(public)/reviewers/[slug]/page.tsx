import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CriticPortrait } from '@/components/reviewer/critic-portrait';
import { MarkChart } from '@/components/reviewer/mark-chart';
import { Pagination } from '@/components/ui/pagination';
import { Stars } from '@/components/ui/stars';
import { getReviewerDiary, getReviewerProfile, movedReviewerSlug } from '@/lib/dal/public/reviewers';
import { formatCalendarDate } from '@/lib/dates';
import { feedAlternates } from '@/lib/seo/alternates';
import { slugSchema } from '@/lib/slug';
import { diaryParamsSchema } from '@/lib/validation/public';
import { venuePhrase } from '@/lib/viewing';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props['params']) {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const profile = await getReviewerProfile(parsed.data);
  if (profile) return profile;
  const moved = await movedReviewerSlug(parsed.data);
  if (moved) permanentRedirect(routes.reviewer(moved));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load(params);
  return {
    title: `${profile.penName}, critic`,
    description: profile.bio || `${profile.penName}’s reviews in Bobine.`,
    alternates: { types: feedAlternates({ url: routes.reviewerFeed(profile.slug), title: `${profile.penName}’s reviews` }) },
  };
}

export default async function ReviewerPageRoute({ params, searchParams }: Props) {
  const profile = await load(params);
  const { page } = diaryParamsSchema.parse(await searchParams);
  const diary = await getReviewerDiary(profile.userId, page);
  return (
    <div className="grid gap-12 lg:grid-cols-[1fr_2fr]">
      <header className="lg:sticky lg:top-6 lg:self-start">
        <div className="flex items-center gap-5">
          <CriticPortrait penName={profile.penName} portrait={profile.portrait} size="lg" eager />
          <div>
            <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">Critic</p>
            <h1 className="mt-2 font-serif text-5xl font-black">{profile.penName}</h1>
          </div>
        </div>
        <p className="mt-1 text-xs uppercase tracking-widest text-ink-soft">
          {diary.total} published {diary.total === 1 ? 'review' : 'reviews'}
        </p>
        {profile.bio && <p className="mt-4 font-serif text-lg leading-relaxed">{profile.bio}</p>}
        <p className="mt-4">
          <a className="inline-flex items-center gap-2 text-sm font-semibold text-accent underline underline-offset-4" href={routes.reviewerFeed(profile.slug)}>
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" className="fill-current">
              <circle cx="3" cy="13" r="2" />
              <path d="M1 6a9 9 0 0 1 9 9h-2.5A6.5 6.5 0 0 0 1 8.5zM1 1a14 14 0 0 1 14 14h-2.5A11.5 11.5 0 0 0 1 3.5z" />
            </svg>
            {profile.penName}’s RSS feed
          </a>
        </p>
        <section aria-labelledby="marks-heading" className="mt-8 rounded-sm border border-rule bg-paper-deep/60 p-5">
          <h2 id="marks-heading" className="font-serif text-xl font-bold">
            Mark distribution
          </h2>
          <div className="mt-3">
            <MarkChart buckets={diary.distribution} penName={profile.penName} />
          </div>
        </section>
      </header>

      <section aria-labelledby="diary-heading">
        <h2 id="diary-heading" className="border-b-2 border-ink pb-2 font-serif text-3xl font-black">
          Diary
        </h2>
        {diary.entries.length === 0 ? (
          <p className="py-8 font-serif text-lg italic text-ink-soft">{profile.penName} has not published a review yet.</p>
        ) : (
          <ol className="divide-y divide-rule">
            {diary.entries.map((e) => (
              <li key={e.id} className="grid gap-1 py-4 sm:grid-cols-[9rem_1fr_auto] sm:items-baseline sm:gap-4">
                <span className="text-sm tabular-nums text-ink-soft">
                  {e.seenOn ? <time dateTime={e.seenOn}>{formatCalendarDate(e.seenOn)}</time> : 'Date not noted'}
                </span>
                <span>
                  <Link className="font-serif text-xl font-bold hover:text-accent" href={routes.review(e.filmSlug, e.id)}>
                    {e.filmTitle}
                  </Link>
                  {e.venue && <span className="block text-sm italic text-ink-soft">at {venuePhrase(e.venue)}</span>}
                </span>
                <span>{e.mark !== null && <Stars mark={e.mark} size="sm" />}</span>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} pageCount={diary.pageCount} basePath={routes.reviewer(profile.slug)} params={{}} />
      </section>
    </div>
  );
}
