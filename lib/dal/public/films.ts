/** Public film reads: the film page and film lists. */
import 'server-only';
import { cache } from 'react';
import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { companies, credits, filmCompanies, filmGenres, films, filmStats, genres, people, releases, reviewerProfiles, reviewerStats, reviews } from '@/db/schema';
import { COMPANY_ROLES, CREDIT_ROLES } from '@/lib/catalogue';
import { averageMark } from '@/lib/marks';
import { posterImageOf, posterVersion } from '@/lib/poster-urls';
import { publicRead, getDb, type DB } from '../db';
import { col, currentSlugBehind, FILM_SLUG_REDIRECTS } from '../sql';
import { listPublicReviewsOfFilm } from './reviews';
import { filmStillsQuery, portraitsBySlug } from './portraits';
import { publicReviewWhere } from '../visibility';
import type { DatedFilmCard, FilmCard, FilmFilters, FilmLookup, RelatedFilms } from '../types';
import type { FilmSort } from '@/lib/validation/public';

/** Everything the public film page shows. Wrapped in `cache` so metadata and page share one read. */
export const getFilmPage = cache(async (slug: string): Promise<FilmLookup> => {
  const db = await publicRead();
  const film = await db.query.films.findFirst({ where: eq(films.slug, slug) });
  if (!film) {
    const moved = currentSlugBehind(db, FILM_SLUG_REDIRECTS, slug);
    return moved ? { kind: 'redirect', slug: moved } : { kind: 'missing' };
  }

  const q = filmPageQueries(db, film.id);
  const [genreRows, releaseRows, creditRows, companyRows, publicReviews, stills] = await Promise.all([
    q.genres,
    q.releases,
    q.credits,
    q.companies,
    listPublicReviewsOfFilm(film.id),
    filmStillsQuery(db, film.id),
  ]);
  // The byline shows each critic's portrait: one look-up for the page's critics.
  const portraits = portraitsBySlug(db, publicReviews.map((r) => r.reviewer.slug));
  const reviewsWithPortraits = publicReviews.map((r) => ({ ...r, reviewer: { ...r.reviewer, portrait: portraits.get(r.reviewer.slug) ?? null } }));

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
      seoTitle: film.seoTitle,
      seoDescription: film.seoDescription,
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
      reviews: reviewsWithPortraits,
      averageMark: averageMark(marks),
      markCount: marks.filter((m) => m !== null).length,
      stills,
    },
  };
});

/** The film page's queries, as builders so that the query-plan test can EXPLAIN the same SQL. */
export function filmPageQueries(db: DB, filmId: number) {
  return {
    genres: db
      .select({ slug: genres.slug, name: genres.name })
      .from(filmGenres)
      .innerJoin(genres, eq(genres.id, filmGenres.genreId))
      .where(eq(filmGenres.filmId, filmId))
      .orderBy(asc(filmGenres.position)),
    releases: db
      .select({ country: releases.country, date: releases.date, kind: releases.kind, certification: releases.certification })
      .from(releases)
      .where(eq(releases.filmId, filmId))
      .orderBy(asc(releases.date), asc(releases.country)),
    credits: db
      .select({ role: credits.role, character: credits.character, slug: people.slug, name: people.name })
      .from(credits)
      .innerJoin(people, eq(people.id, credits.personId))
      .where(eq(credits.filmId, filmId))
      .orderBy(asc(credits.role), asc(credits.position), asc(credits.id)),
    companies: db
      .select({ role: filmCompanies.role, slug: companies.slug, name: companies.name })
      .from(filmCompanies)
      .innerJoin(companies, eq(companies.id, filmCompanies.companyId))
      .where(eq(filmCompanies.filmId, filmId))
      .orderBy(asc(filmCompanies.position)),
  };
}

/** The columns every film card reads (decorateFilms adds directors and marks). */
const filmCardColumns = {
  id: films.id,
  slug: films.slug,
  title: films.title,
  originalTitle: films.originalTitle,
  runtimeMinutes: films.runtimeMinutes,
  posterPath: films.posterPath,
  posterWidth: films.posterWidth,
  posterHeight: films.posterHeight,
};

/** Films with their first release date, directors and public average; newest releases first. */
export async function listRecentFilms(limit = 12): Promise<FilmCard[]> {
  const db = await publicRead();
  const rows = await db
    .select({ ...filmCardColumns, firstRelease: filmStats.firstRelease })
    .from(filmStats)
    .innerJoin(films, eq(films.id, filmStats.filmId))
    .orderBy(desc(filmStats.firstRelease), asc(filmStats.title))
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
  const db = await publicRead();
  const ids = rows.map((r) => r.id);
  const [directorRows, markRows] = await Promise.all([
    db
      .select({ filmId: credits.filmId, name: people.name })
      .from(credits)
      .innerJoin(people, eq(people.id, credits.personId))
      .where(and(inArray(credits.filmId, ids), eq(credits.role, 'director')))
      .orderBy(asc(credits.position)),
    db
      .select({ filmId: filmStats.filmId, average: filmStats.averageMark, count: filmStats.markCount })
      .from(filmStats)
      .where(inArray(filmStats.filmId, ids)),
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

/** The card columns of these films, in the order given. */
async function cardRows(db: DB, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ ...filmCardColumns, firstRelease: filmStats.firstRelease })
    .from(films)
    .innerJoin(filmStats, eq(filmStats.filmId, films.id))
    .where(inArray(films.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

/** Cards for these films, in the order given. */
async function cardsFor(db: DB, ids: number[]): Promise<FilmCard[]> {
  return decorateFilms(await cardRows(db, ids));
}

const RELATED = 6;

/**
 * What the film page suggests next: the director's other films (newest first), and films that
 * share cast (worth two) or a genre (worth one) with this one, best overlap first.
 */
export async function listRelatedFilms(filmId: number): Promise<RelatedFilms> {
  const db = await publicRead();
  const director = db.get<{ id: number; name: string; slug: string } | undefined>(
    sql`select p.id as id, p.name as name, p.slug as slug from credits c join people p on p.id = c.person_id
        where c.film_id = ${filmId} and c.role = 'director' order by c.position limit 1`,
  );
  const byDirectorIds = director
    ? db
        .all<{ id: number }>(
          sql`select distinct c.film_id as id from credits c join film_stats s on s.film_id = c.film_id
              where c.person_id = ${director.id} and c.role = 'director' and c.film_id != ${filmId}
              order by s.first_release desc limit ${RELATED}`,
        )
        .map((r) => r.id)
    : [];
  const alikeIds = db
    .all<{ id: number }>(
      sql`select film_id as id from (
            select c2.film_id as film_id, 2 * count(*) as score from credits c1
              join credits c2 on c2.person_id = c1.person_id and c2.role = 'cast' and c2.film_id != ${filmId}
              where c1.film_id = ${filmId} and c1.role = 'cast' group by c2.film_id
            union all
            select g2.film_id as film_id, count(*) as score from film_genres g1
              join film_genres g2 on g2.genre_id = g1.genre_id and g2.film_id != ${filmId}
              where g1.film_id = ${filmId} group by g2.film_id
          ) group by film_id order by sum(score) desc, film_id desc limit ${RELATED * 3}`,
    )
    .map((r) => r.id)
    .filter((id) => !byDirectorIds.includes(id))
    .slice(0, RELATED);
  const [byDirector, alike] = await Promise.all([cardsFor(db, byDirectorIds), cardsFor(db, alikeIds)]);
  return { director: director && byDirector.length > 0 ? { name: director.name, slug: director.slug, films: byDirector } : null, alike };
}

// ---------------------------------------------------------------------------------------------
// /films and the home page lists


export const FILMS_PER_PAGE = 24;

// Everything is filtered and sorted on film_stats (kept by triggers), each sort having its own
// index. Genre and critic filters are `film_id in (…)` so that SQLite can start from the few
// matching rows (film_genres_genre_idx, reviews_author_public_idx) when they are selective.
function filmFilterWhere(f: FilmFilters, at?: Date) {
  return and(
    f.genre
      ? sql`${col(filmStats.filmId)} in (select ${col(filmGenres.filmId)} from ${filmGenres} inner join ${genres} on ${col(genres.id)} = ${col(filmGenres.genreId)} where ${col(genres.slug)} = ${f.genre})`
      : undefined,
    f.reviewer
      ? sql`${col(filmStats.filmId)} in (select ${col(reviews.filmId)} from ${reviews} inner join ${reviewerProfiles} on ${col(reviewerProfiles.userId)} = ${col(reviews.authorId)} where ${col(reviewerProfiles.slug)} = ${f.reviewer} and ${publicReviewWhere(at)})`
      : undefined,
    f.year !== undefined ? sql`${col(filmStats.firstRelease)} between ${`${f.year}-01-01`} and ${`${f.year}-12-31`}` : undefined,
    f.minMark !== undefined ? sql`${col(filmStats.averageMark)} >= ${f.minMark}` : undefined,
    f.maxMark !== undefined ? sql`${col(filmStats.averageMark)} <= ${f.maxMark}` : undefined,
  );
}

// Each order is the column list of one film_stats index, ending with film_id (the table's rowid,
// which every index carries last) so that no two films tie: the key a keyset page starts after.
// `desc` puts films without a release or a mark last (SQLite sorts NULL lowest).
type SortKey = { column: SQLiteColumn; dir: 'asc' | 'desc' };
const FILM_SORT_KEYS: Record<FilmSort, SortKey[]> = {
  release: [
    { column: filmStats.firstRelease, dir: 'desc' },
    { column: filmStats.title, dir: 'asc' },
    { column: filmStats.filmId, dir: 'asc' },
  ],
  mark: [
    { column: filmStats.averageMark, dir: 'desc' },
    { column: filmStats.markCount, dir: 'desc' },
    { column: filmStats.title, dir: 'asc' },
    { column: filmStats.filmId, dir: 'asc' },
  ],
  title: [
    { column: filmStats.title, dir: 'asc' },
    { column: filmStats.filmId, dir: 'asc' },
  ],
};

/** The sort's ORDER BY; `reverse` walks the same index backwards (a keyset page before a film). */
function filmOrder(sort: FilmSort | undefined, reverse = false) {
  return FILM_SORT_KEYS[sort ?? 'release'].map((k) => ((k.dir === 'desc') !== reverse ? desc(k.column) : asc(k.column)));
}

/**
 * Pages up to this one are addressed by number (`?page=3`, OFFSET over the sort index: a few
 * dozen index entries). The site's links to later pages carry the film they start after or before
 * (`?after=<film id>&page=11`) and are read by seeking in the index (see filmKeysetSegments).
 */
export const OFFSET_PAGES = 10;

export type FilmCursor = { after: number } | { before: number };

/**
 * Keyset paging: the films strictly after (or before) the cursor film in the sort order, as a list
 * of WHERE clauses, each a plain range on one sort index (equal on the first k-1 keys, beyond on
 * the k-th), read in this order until the page is full. One `(a, b) > (x, y)` condition would
 * not do: the keys run in mixed directions and may be NULL, and a condition SQLite cannot seek
 * on would walk the index from its start, as OFFSET does.
 */
function filmKeysetSegments(keys: SortKey[], values: unknown[], reverse: boolean): SQL[] {
  const segments: SQL[] = [];
  const same = (k: SortKey, v: unknown) => (v === null ? sql`${k.column} is null` : sql`${k.column} = ${v}`);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    const v = values[i] ?? null;
    const prefix = keys.slice(0, i).map((k, j) => same(k, values[j] ?? null));
    const descending = (key.dir === 'desc') !== reverse;
    const beyond: SQL[] = descending
      ? v === null
        ? [] // NULL is last when descending: nothing comes after it.
        : [sql`${key.column} < ${v}`, ...(key.column.notNull ? [] : [sql`${key.column} is null`])]
      : v === null
        ? [sql`${key.column} is not null`]
        : [sql`${key.column} > ${v}`];
    for (const b of beyond) segments.push(and(...prefix, b)!);
  }
  return segments;
}

export function filmKeysetSegmentsFor(sort: FilmSort | undefined, values: unknown[], reverse: boolean): SQL[] {
  return filmKeysetSegments(FILM_SORT_KEYS[sort ?? 'release'], values, reverse);
}

/** One keyset segment's film ids, as a builder (the query-plan test explains it). */
export function filmKeysetQuery(db: DB, f: FilmFilters, segment: SQL, reverse: boolean, limit: number, at?: Date) {
  return db
    .select({ id: filmStats.filmId })
    .from(filmStats)
    .where(and(filmFilterWhere(f, at), segment))
    .orderBy(...filmOrder(f.sort, reverse))
    .limit(limit);
}

/** Film ids of one keyset page, in display order; null when the cursor film is gone. */
async function filmKeysetIds(db: DB, f: FilmFilters, cursor: FilmCursor, at?: Date): Promise<number[] | null> {
  const keys = FILM_SORT_KEYS[f.sort ?? 'release'];
  const filmId = 'after' in cursor ? cursor.after : cursor.before;
  const reverse = 'before' in cursor;
  // The cursor film's own key values (read as stored: an average such as 6.666… must compare equal).
  const [row] = await db
    .select(Object.fromEntries(keys.map((k, i) => [`k${i}`, k.column])))
    .from(filmStats)
    .where(eq(filmStats.filmId, filmId));
  if (!row) return null;
  const values = keys.map((_, i) => (row as Record<string, unknown>)[`k${i}`]);
  const ids: number[] = [];
  for (const segment of filmKeysetSegmentsFor(f.sort, values, reverse)) {
    const rows = await filmKeysetQuery(db, f, segment, reverse, FILMS_PER_PAGE - ids.length, at);
    ids.push(...rows.map((r) => r.id));
    if (ids.length === FILMS_PER_PAGE) break;
  }
  return reverse ? ids.reverse() : ids;
}

/**
 * One page of /films by number, as a builder (the query-plan test explains it). The page is chosen
 * on the sort index alone (film ids only, no row read), then only its 24 films are joined.
 */
export function filmListQuery(db: DB, f: FilmFilters, page: number, at?: Date) {
  const order = filmOrder(f.sort);
  const pageIds = db
    .select({ id: filmStats.filmId })
    .from(filmStats)
    .where(filmFilterWhere(f, at))
    .orderBy(...order)
    .limit(FILMS_PER_PAGE)
    .offset((Math.max(1, page) - 1) * FILMS_PER_PAGE);
  return db
    .select({ ...filmCardColumns, firstRelease: filmStats.firstRelease })
    .from(filmStats)
    .innerJoin(films, eq(films.id, filmStats.filmId))
    .where(inArray(filmStats.filmId, pageIds))
    .orderBy(...order);
}

export function filmCountQuery(db: DB, f: FilmFilters, at?: Date) {
  return db.select({ n: sql<number>`count(*)` }).from(filmStats).where(filmFilterWhere(f, at));
}

export type FilmListPage = {
  films: FilmCard[];
  total: number;
  /** The page's number as shown: the one asked for, within 1…pageCount. */
  page: number;
  pageCount: number;
  /** The first and last film of the page: where the previous and next keyset pages start. */
  edges: { first: number; last: number } | null;
};

/** A page of /films: by keyset when a cursor is given (and its film still exists), else by number. */
export async function listFilms(f: FilmFilters, page = 1, cursor?: FilmCursor): Promise<FilmListPage> {
  const db = await publicRead();
  const [keysetIds, [count]] = await Promise.all([cursor ? filmKeysetIds(db, f, cursor) : null, filmCountQuery(db, f)]);
  const total = count?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / FILMS_PER_PAGE));
  // Going back past the first film (films were added since the link was made): the first page.
  const atStart = cursor && 'before' in cursor && keysetIds && keysetIds.length < FILMS_PER_PAGE;
  const shown = atStart ? 1 : Math.min(Math.max(1, page), pageCount);
  const rows = keysetIds && !atStart ? await cardRows(db, keysetIds) : await filmListQuery(db, f, shown);
  return {
    films: await decorateFilms(rows),
    total,
    page: shown,
    pageCount,
    edges: rows.length > 0 ? { first: rows[0]!.id, last: rows.at(-1)!.id } : null,
  };
}

/**
 * Where the previous and next links of page `page` go: by number up to OFFSET_PAGES, beyond it
 * by keyset from this page's first or last film.
 */
export function filmPageLinks(page: number, pageCount: number, edges: FilmListPage['edges']) {
  const to = (p: number, cursor: 'before' | 'after', filmId: number | undefined) =>
    p <= OFFSET_PAGES || filmId === undefined ? { page: p > 1 ? String(p) : undefined } : { [cursor]: String(filmId), page: String(p) };
  return {
    prev: page > 1 ? to(page - 1, 'before', edges?.first) : null,
    next: page < pageCount ? to(page + 1, 'after', edges?.last) : null,
  };
}

/**
 * The first and last release years of the catalogue, the bounds of the filter's year field: two
 * index seeks (the years themselves, 127 of them at 100,000 films, made the form a quarter of the
 * page's weight as a list of choices).
 */
export const filmYearRangeSql = sql`select
    cast(substr((select min(first_release) from film_stats where first_release is not null), 1, 4) as integer) as min,
    cast(substr((select max(first_release) from film_stats), 1, 4) as integer) as max`;

export type FilmFilterChoices = {
  genres: { slug: string; name: string }[];
  /** Null while no film has a release date. */
  years: { min: number; max: number } | null;
  reviewers: { slug: string; penName: string }[];
};

/** The choices of the /films filter form: genres that have films, the span of release years, critics with reviews. */
export async function getFilmFilterChoices(): Promise<FilmFilterChoices> {
  const db = await publicRead();
  const [genreRows, [years], reviewerRows] = await Promise.all([
    db
      .select({ slug: genres.slug, name: genres.name })
      .from(genres)
      .where(sql`exists (select 1 from ${filmGenres} where ${col(filmGenres.genreId)} = ${col(genres.id)})`)
      .orderBy(asc(genres.name)),
    db.all<{ min: number | null; max: number | null }>(filmYearRangeSql),
    db
      .select({ slug: reviewerProfiles.slug, penName: reviewerProfiles.penName })
      .from(reviewerProfiles)
      .innerJoin(reviewerStats, eq(reviewerStats.userId, reviewerProfiles.userId))
      .where(sql`${col(reviewerStats.reviewCount)} > 0`)
      .orderBy(asc(reviewerProfiles.penName)),
  ]);
  return { genres: genreRows, years: years?.min != null && years.max != null ? { min: years.min, max: years.max } : null, reviewers: reviewerRows };
}

const HOME_LIST = 6;
const IN_CINEMAS_DAYS = 42;

function isoDaysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const cardColumns = { ...filmCardColumns, firstRelease: filmStats.firstRelease };

/** Films with a cinema release in the six weeks up to `today` (the site's date), latest first. */
export function nowInCinemasQuery(db: DB, today: string) {
  const from = isoDaysBefore(today, IN_CINEMAS_DAYS);
  const inWindow = db
    .select({ filmId: releases.filmId })
    .from(releases)
    .where(and(eq(releases.kind, 'cinema'), sql`${col(releases.date)} between ${from} and ${today}`));
  return db
    .select({ ...cardColumns, releasedOn: sql<string>`(select max(${col(releases.date)}) from ${releases} where ${col(releases.filmId)} = ${col(films.id)} and ${col(releases.kind)} = 'cinema' and ${col(releases.date)} <= ${today})`.as('released_on') })
    .from(films)
    .innerJoin(filmStats, eq(filmStats.filmId, films.id))
    .where(inArray(films.id, inWindow))
    .orderBy(desc(sql`released_on`), asc(films.title))
    .limit(HOME_LIST);
}

/** Films with a cinema release after `today`, soonest first. */
export function comingSoonQuery(db: DB, today: string) {
  const upcoming = db
    .select({ filmId: releases.filmId })
    .from(releases)
    .where(and(eq(releases.kind, 'cinema'), sql`${col(releases.date)} > ${today}`));
  return db
    .select({ ...cardColumns, releasedOn: sql<string>`(select min(${col(releases.date)}) from ${releases} where ${col(releases.filmId)} = ${col(films.id)} and ${col(releases.kind)} = 'cinema' and ${col(releases.date)} > ${today})`.as('released_on') })
    .from(films)
    .innerJoin(filmStats, eq(filmStats.filmId, films.id))
    .where(inArray(films.id, upcoming))
    .orderBy(asc(sql`released_on`), asc(films.title))
    .limit(HOME_LIST);
}

/** The best public averages (at least one mark), most marks first on a tie. */
export function bestMarkedQuery(db: DB, limit = HOME_LIST) {
  return db
    .select({ ...cardColumns })
    .from(filmStats)
    .innerJoin(films, eq(films.id, filmStats.filmId))
    .where(isNotNull(filmStats.averageMark))
    .orderBy(...filmOrder('mark'))
    .limit(limit);
}

export async function listHomeFilms(today: string): Promise<{ inCinemas: DatedFilmCard[]; comingSoon: DatedFilmCard[]; bestMarked: FilmCard[] }> {
  const db = await publicRead();
  const [inCinemas, comingSoon, best] = await Promise.all([nowInCinemasQuery(db, today), comingSoonQuery(db, today), bestMarkedQuery(db)]);
  const dated = async (rows: typeof inCinemas) => {
    const cards = await decorateFilms(rows);
    return cards.map((c, i) => ({ ...c, releasedOn: rows[i]!.releasedOn }));
  };
  return { inCinemas: await dated(inCinemas), comingSoon: await dated(comingSoon), bestMarked: await decorateFilms(best) };
}

/** Where a film's poster file is, for the poster route handler (immutable bytes: no per-request read needed). */
export async function getPosterSource(filmId: number): Promise<{ posterPath: string; version: string } | null> {
  const row = getDb().select({ posterPath: films.posterPath }).from(films).where(eq(films.id, filmId)).get();
  return row?.posterPath ? { posterPath: row.posterPath, version: posterVersion(row.posterPath) } : null;
}
