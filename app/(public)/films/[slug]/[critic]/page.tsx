import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ReviewArticle } from '@/components/review/review-article';
import { Stars } from '@/components/ui/stars';
import { getFilmPage } from '@/lib/dal/public/films';
import { mediaShareImage } from '@/lib/media-urls';
import { yearOf } from '@/lib/dates';
import { siteUrl } from '@/lib/env';
import { excerpt } from '@/lib/rich-text/text';
import { routes } from '@/lib/routes';
import { slugSchema } from '@/lib/slug';
import { metadataTitle, reviewHeading, reviewMeta } from '@/lib/seo/snippet';

/** Rendered on first request, then cached like the film page (lib/cache/public-pages.ts). */
export function generateStaticParams(): { slug: string; critic: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; critic: string }> };

async function load(params: Props['params']) {
  const { slug, critic } = await params;
  const film = slugSchema.safeParse(slug);
  const criticSlug = slugSchema.safeParse(critic);
  if (!film.success || !criticSlug.success) notFound();
  const found = await getFilmPage(film.data);
  if (found.kind === 'redirect') permanentRedirect(routes.filmReview(found.slug, criticSlug.data));
  if (found.kind === 'missing') notFound();
  const review = found.film.reviews.find((r) => r.reviewer.slug === criticSlug.data);
  if (!review) notFound();
  return { film: found.film, review };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { film, review } = await load(params);
  // A review with spoilers never lends its text to a social card (reviewMeta falls back to the synopsis).
  const { title: pageTitle, description } = reviewMeta(
    { ...review, penName: review.reviewer.penName, excerpt: review.containsSpoilers ? '' : excerpt(review.body, 200) },
    { ...film, year: yearOf(film.releases[0]?.date) },
  );
  const title = pageTitle.text;
  const url = routes.filmReview(film.slug, review.reviewer.slug);
  // The lead image makes the share card when there is one (its alt text goes with it).
  const lead = review.leadImage;
  const images = lead ? [{ ...mediaShareImage(lead), alt: lead.alt }] : undefined;
  return {
    metadataBase: new URL(siteUrl()),
    title: metadataTitle(pageTitle),
    description,
    alternates: { canonical: url },
    openGraph: { title, description, type: 'article', url, siteName: 'Bobine', publishedTime: review.publishedAt.toISOString(), ...(images && { images }) },
    twitter: { card: 'summary_large_image', title, description, ...(images && { images }) },
  };
}

export default async function FilmReviewPage({ params }: Props) {
  const { film, review } = await load(params);
  const year = yearOf(film.releases[0]?.date);
  const others = film.reviews.filter((r) => r.id !== review.id);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <header>
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">A review of</p>
        <p className="mt-2 font-serif text-4xl font-black leading-tight md:text-5xl">
          <Link className="hover:text-accent" href={routes.film(film.slug)}>
            {film.title}
          </Link>
          {year && <span className="ml-3 font-light text-ink-soft">{year}</span>}
        </p>
        {film.synopsis && <p className="mt-3 font-serif text-lg text-ink-soft">{film.synopsis}</p>}
      </header>
      <h1 className="sr-only">
        {review.reviewer.penName}&rsquo;s review of {film.title}
      </h1>
      <ReviewArticle review={review} />
      <nav aria-label="More on this film" className="space-y-3 border-t border-rule pt-6">
        <p>
          <Link className="font-semibold hover:text-accent" href={routes.film(film.slug)}>
            ← {film.title}: the film page, with every review and the credits
          </Link>
        </p>
        {others.length > 0 && (
          <ul className="space-y-2">
            {others.map((r) => (
              <li key={r.id} className="flex items-center gap-3">
                <Link className="font-serif text-lg font-bold hover:text-accent" href={routes.filmReview(film.slug, r.reviewer.slug)}>
                  {reviewHeading(r)}
                </Link>
                {r.mark !== null && <Stars mark={r.mark} size="sm" />}
              </li>
            ))}
          </ul>
        )}
      </nav>
    </div>
  );
}
