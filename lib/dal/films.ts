/** Public film reads: the film page and film lists. */
import 'server-only';
import { cache } from 'react';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  companies,
  credits,
  filmCompanies,
  filmGenres,
  films,
  filmSlugRedirects,
  genres,
  people,
  releases,
  reviewRevisions,
  reviews,
} from '@/db/schema';
import {
  COMPANY_ROLES,
  CREDIT_ROLES,
  type CompanyRole,
  type CreditRole,
  type ReleaseKind,
} from '@/lib/catalogue';
import { averageMark } from '@/lib/marks';
import { posterImageOf, type PosterImage } from '@/lib/poster-urls';
import { dynamicRead } from './db';
import { listPublicReviewsOfFilm, type PublicReview } from './reviews-public';
import { publicReviewWhere } from './visibility';

export type CreditGroup = {
  role: CreditRole;
  people: { slug: string; name: string; character: string | null }[];
};

export type FilmPage = {
  id: number;
  slug: string;
  title: string;
  originalTitle: string | null;
  synopsis: string;
  releaseKind: ReleaseKind;
  runtimeMinutes: number | null;
  ageRating: string | null;
  poster: PosterImage | null;
  genres: { slug: string; name: string }[];
  releases: { country: string; date: string; kind: ReleaseKind; certification: string | null }[];
  credits: CreditGroup[];
  companies: { role: CompanyRole; companies: { slug: string; name: string }[] }[];
  reviews: PublicReview[];
  averageMark: number | null;
  markCount: number;
};

export type FilmLookup = { kind: 'film'; film: FilmPage } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

/** Everything the public film page shows. Wrapped in `cache` so metadata and page share one read. */
export const getFilmPage = cache(async (slug: string): Promise<FilmLookup> => {
  const db = await dynamicRead();
  const film = await db.query.films.findFirst({ where: eq(films.slug, slug) });
  if (!film) {
    const moved = await db
      .select({ slug: films.slug })
      .from(filmSlugRedirects)
      .innerJoin(films, eq(films.id, filmSlugRedirects.filmId))
      .where(eq(filmSlugRedirects.slug, slug))
      .get();
    return moved ? { kind: 'redirect', slug: moved.slug } : { kind: 'missing' };
  }

  const [genreRows, releaseRows, creditRows, companyRows, publicReviews] = await Promise.all([
    db
      .select({ slug: genres.slug, name: genres.name })
      .from(filmGenres)
      .innerJoin(genres, eq(genres.id, filmGenres.genreId))
      .where(eq(filmGenres.filmId, film.id))
      .orderBy(asc(filmGenres.position)),
    db
      .select({ country: releases.country, date: releases.date, kind: releases.kind, certification: releases.certification })
      .from(releases)
      .where(eq(releases.filmId, film.id))
      .orderBy(asc(releases.date), asc(releases.country)),
    db
      .select({ role: credits.role, character: credits.character, slug: people.slug, name: people.name })
      .from(credits)
      .innerJoin(people, eq(people.id, credits.personId))
      .where(eq(credits.filmId, film.id))
      .orderBy(asc(credits.role), asc(credits.position), asc(credits.id)),
    db
      .select({ role: filmCompanies.role, slug: companies.slug, name: companies.name })
      .from(filmCompanies)
      .innerJoin(companies, eq(companies.id, filmCompanies.companyId))
      .where(eq(filmCompanies.filmId, film.id))
      .orderBy(asc(filmCompanies.position)),
    listPublicReviewsOfFilm(film.id),
  ]);

  const marks = publicReviews.map((r) => r.mark);
  return {
    kind: 'film',
    film: {
      id: film.id,
      slug: film.slug,
      title: film.title,
      originalTitle: film.originalTitle,
      synopsis: film.synopsis,
      releaseKind: film.releaseKind,
      runtimeMinutes: film.runtimeMinutes,
      ageRating: film.ageRating,
      poster: posterImageOf(film),
      genres: genreRows,
      releases: releaseRows,
      credits: CREDIT_ROLES.map((role) => ({
        role,
        people: creditRows.filter((c) => c.role === role).map(({ slug, name, character }) => ({ slug, name, character })),
      })).filter((g) => g.people.length > 0),
      companies: COMPANY_ROLES.map((role) => ({
        role,
        companies: companyRows.filter((c) => c.role === role).map(({ slug, name }) => ({ slug, name })),
      })).filter((g) => g.companies.length > 0),
      reviews: publicReviews,
      averageMark: averageMark(marks),
      markCount: marks.filter((m) => m !== null).length,
    },
  };
});

export type FilmCard = {
  slug: string;
  title: string;
  originalTitle: string | null;
  firstRelease: string | null;
  runtimeMinutes: number | null;
  directors: string[];
  averageMark: number | null;
  markCount: number;
  poster: PosterImage | null;
};

/** Films with their first release date, directors and public average; newest releases first. */
export async function listRecentFilms(limit = 12): Promise<FilmCard[]> {
  const db = await dynamicRead();
  const firstRelease = sql<string | null>`(select min(${releases.date}) from ${releases} where ${releases.filmId} = ${films.id})`;
  const rows = await db
    .select({
      id: films.id,
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      runtimeMinutes: films.runtimeMinutes,
      posterPath: films.posterPath,
      posterWidth: films.posterWidth,
      posterHeight: films.posterHeight,
      firstRelease: firstRelease.as('first_release'),
    })
    .from(films)
    .orderBy(desc(sql`first_release`), asc(films.title))
    .limit(limit);
  return decorateFilms(rows);
}

async function decorateFilms(
  rows: {
    id: number;
    slug: string;
    title: string;
    originalTitle: string | null;
    runtimeMinutes: number | null;
    firstRelease: string | null;
    posterPath?: string | null;
    posterWidth?: number | null;
    posterHeight?: number | null;
  }[],
): Promise<FilmCard[]> {
  if (rows.length === 0) return [];
  const db = await dynamicRead();
  const ids = rows.map((r) => r.id);
  const [directorRows, markRows] = await Promise.all([
    db
      .select({ filmId: credits.filmId, name: people.name })
      .from(credits)
      .innerJoin(people, eq(people.id, credits.personId))
      .where(and(inArray(credits.filmId, ids), eq(credits.role, 'director')))
      .orderBy(asc(credits.position)),
    db
      .select({
        filmId: reviews.filmId,
        average: sql<number | null>`avg(${reviewRevisions.mark})`,
        count: sql<number>`count(${reviewRevisions.mark})`,
      })
      .from(reviews)
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.liveRevisionId))
      .where(and(inArray(reviews.filmId, ids), publicReviewWhere()))
      .groupBy(reviews.filmId),
  ]);
  return rows.map((r) => {
    const m = markRows.find((x) => x.filmId === r.id);
    return {
      slug: r.slug,
      title: r.title,
      originalTitle: r.originalTitle,
      firstRelease: r.firstRelease,
      runtimeMinutes: r.runtimeMinutes,
      directors: directorRows.filter((d) => d.filmId === r.id).map((d) => d.name),
      averageMark: m?.average ?? null,
      markCount: m?.count ?? 0,
      poster: posterImageOf({ id: r.id, posterPath: r.posterPath ?? null, posterWidth: r.posterWidth ?? null, posterHeight: r.posterHeight ?? null }),
    };
  });
}
