import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { CreditsBlock } from '@/components/film/credits-block';
import { FilmHeader } from '@/components/film/film-header';
import { FilmStills } from '@/components/film/film-stills';
import { ReviewArticle } from '@/components/review/review-article';
import { FilmGrid } from '@/components/film/film-grid';
import { Stars } from '@/components/ui/stars';
import { getFilmPage, listRelatedFilms } from '@/lib/dal/public/films';
import { yearOf } from '@/lib/dates';
import { siteUrl } from '@/lib/env';
import { feedAlternates } from '@/lib/seo/alternates';
import { filmMeta, metadataTitle } from '@/lib/seo/snippet';
import { movieJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { slugSchema } from '@/lib/slug';
import { routes } from '@/lib/routes';

/**
 * No page is rendered at build time; each is rendered on its first request, then served from the
 * full-route cache until a write or a scheduled publication makes it untrue (lib/cache/public-pages.ts).
 */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const found = await getFilmPage(parsed.data);
  if (found.kind === 'redirect') permanentRedirect(routes.film(found.slug));
  if (found.kind === 'missing') notFound();
  return found.film;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await load(params);
  // Only the synopsis (or the editors' override) goes into social cards: never review text, which may contain spoilers.
  const meta = filmMeta({ ...film, year: yearOf(film.releases[0]?.date) });
  const title = meta.title.text;
  const description = meta.description;
  return {
    metadataBase: new URL(siteUrl()),
    title: metadataTitle(meta.title),
    description,
    alternates: { canonical: routes.film(film.slug), types: feedAlternates() },
    openGraph: { title, description, type: 'video.movie', url: routes.film(film.slug), siteName: 'Bobine' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function FilmPageRoute({ params }: Props) {
  const film = await load(params);
  const related = await listRelatedFilms(film.id);
  return (
    <div className="space-y-14">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(movieJsonLd(film, siteUrl())) }} />
      <FilmHeader film={film} />
      {film.reviews.length > 1 && (
        <nav aria-label="Reviews of this film" className="mx-auto max-w-3xl border-y border-rule py-4">
          <p className="text-xs font-semibold uppercase tracking-[0.25em] text-ink-soft">{film.reviews.length} critics on {film.title}</p>
          <ol className="mt-3 grid gap-x-12 gap-y-2 sm:grid-cols-2">
            {film.reviews.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-3">
                <a className="font-serif text-lg font-bold hover:text-accent" href={`#review-${r.id}`}>
                  {r.headline ? (
                    <>
                      {r.headline} <span className="font-sans text-sm font-normal text-ink-soft">by {r.reviewer.penName}</span>
                    </>
                  ) : (
                    <>{r.reviewer.penName}&rsquo;s Review</>
                  )}
                </a>
                {r.mark !== null && <Stars mark={r.mark} size="sm" />}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <section aria-label="Reviews" className="mx-auto max-w-3xl space-y-14 [&>article]:render-lazily">
        {film.reviews.length === 0 ? (
          <p className="border-t border-rule pt-8 font-serif text-lg italic text-ink-soft">
            No review of {film.title} has been published yet.
          </p>
        ) : (
          // The film's header fills the first screen, phone or desktop: every review (and its lead
          // image) is below it, laid out and fetched as it comes near.
          film.reviews.map((review) => <ReviewArticle key={review.id} review={review} permalink={routes.filmReview(film.slug, review.reviewer.slug)} />)
        )}
      </section>
      <FilmStills stills={film.stills} />
      <div className="mx-auto max-w-3xl render-lazily">
        <CreditsBlock film={film} />
      </div>
      {related.director && (
        <section aria-labelledby="more-by-director" className="space-y-6 render-lazily">
          <h2 id="more-by-director" className="border-b-2 border-ink pb-2 font-serif text-2xl font-black">
            More by{' '}
            <Link className="hover:text-accent" href={routes.person(related.director.slug)}>
              {related.director.name}
            </Link>
          </h2>
          <FilmGrid films={related.director.films} />
        </section>
      )}
      {related.alike.length > 0 && (
        <section aria-labelledby="alike" className="space-y-6 render-lazily">
          <h2 id="alike" className="border-b-2 border-ink pb-2 font-serif text-2xl font-black">
            Sharing cast or genre
          </h2>
          <FilmGrid films={related.alike} />
        </section>
      )}
    </div>
  );
}
