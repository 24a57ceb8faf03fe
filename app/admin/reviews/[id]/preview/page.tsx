import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CreditsBlock } from '@/components/film/credits-block';
import { FilmHeader } from '@/components/film/film-header';
import { ReviewArticle } from '@/components/review/review-article';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { guarded } from '@/lib/auth/page-guard';
import { getFilmPage } from '@/lib/dal/public/films';
import { getReviewPreview } from '@/lib/dal/desk/reviews';
import { averageMark } from '@/lib/marks';
import { recordIdParam } from '@/lib/validation/record-id';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

/** The film page exactly as visitors would see it with this version of the review published. */
export default async function ReviewPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await recordIdParam(params);
  const { filmSlug, review } = await guarded(() => getReviewPreview(id), routes.admin.reviewPreview(id));
  const found = await getFilmPage(filmSlug);
  if (found.kind !== 'film') notFound();
  const others = found.film.reviews.filter((r) => r.id !== review.id);
  const reviews = [review, ...others];
  const marks = reviews.map((r) => r.mark);
  const film = { ...found.film, reviews, averageMark: averageMark(marks), markCount: marks.filter((m) => m !== null).length };

  return (
    <div className="fixed inset-0 z-50 overflow-y-auto bg-paper">
      <div role="status" className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 bg-violet-900 px-5 py-2.5 text-sm text-white">
        <span>
          <strong>Preview</strong> — not visible to visitors. This is how the film page will look with this version of the review.
        </span>
        <Link href={routes.admin.review(review.id)} className="rounded-md bg-white/15 px-3 py-1 font-medium hover:bg-white/25">
          Back to the editor
        </Link>
      </div>
      <SiteHeader />
      <div className="mx-auto max-w-6xl space-y-14 px-5 pt-8">
        <FilmHeader film={film} />
        <section aria-label="Reviews" className="mx-auto max-w-3xl space-y-14">
          {film.reviews.map((r) => (
            <ReviewArticle key={r.id} review={r} />
          ))}
        </section>
        <div className="mx-auto max-w-3xl">
          <CreditsBlock film={film} />
        </div>
      </div>
      <SiteFooter />
    </div>
  );
}
