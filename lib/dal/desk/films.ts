/**
 * The film catalogue for editors and admins: films with their genres, releases, credits,
 * companies and poster. Every function checks `catalogue.manage` first; every write is one
 * transaction with its audit event.
 */
import 'server-only';
import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { companies, credits, filmCompanies, filmGenres, films, filmSlugRedirects, genres, people, releases } from '@/db/schema';
import { now } from '@/lib/clock';
import { posterImageOf, posterVersion } from '@/lib/poster-urls';
import { deletePosterFiles, storePoster } from '@/lib/posters';
import { freeSlug, slugify } from '@/lib/slug';
import type { FilmInput } from '@/lib/validation/catalogue';
import { recordAudit } from '../audit-log';
import { getDb, type DB, type Tx } from '../db';
import { FieldConflict, NotFound } from '../errors';
import { authorize } from '../guard';
import { contains, FILM_SLUG_REDIRECTS, firstReleaseSql, formerOwner, slugHeldByAnother } from '../sql';
import { cataloguePage } from './catalogue-list';
import { personSlugTaken } from './people';
import type { AdminFilmRow, FilmEditData, GenreOption, PosterChange, SavedFilm } from '../types';

export async function listAdminFilms(filter: { q?: string; page: number }) {
  await authorize('catalogue.manage');
  const db = getDb();
  const where = filter.q ? or(contains(films.title, filter.q), contains(sql`coalesce(${films.originalTitle}, '')`, filter.q)) : undefined;
  const query = db
    .select({
      id: films.id,
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      posterPath: films.posterPath,
      posterWidth: films.posterWidth,
      posterHeight: films.posterHeight,
      updatedAt: films.updatedAt,
      firstRelease: firstReleaseSql,
    })
    .from(films)
    .where(where)
    .orderBy(asc(films.title), asc(films.id));
  const { rows, total, pageCount } = cataloguePage(db, query, films, where, filter.page);
  const list: AdminFilmRow[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    originalTitle: r.originalTitle,
    firstRelease: r.firstRelease,
    poster: posterImageOf(r),
    updatedAt: r.updatedAt,
  }));
  return { films: list, total, pageCount };
}

export async function listGenres(): Promise<GenreOption[]> {
  await authorize('catalogue.manage');
  return getDb().select({ id: genres.id, name: genres.name }).from(genres).orderBy(asc(genres.name)).all();
}

/** One column of a film's rows in a side table, in `order` (its genre ids, its old addresses). */
function columnOfFilm<T>(db: DB, column: AnySQLiteColumn<{ data: T }>, filmIdColumn: AnySQLiteColumn, filmId: number, order: SQL): T[] {
  return db
    .select({ value: column })
    .from(column.table)
    .where(eq(filmIdColumn, filmId))
    .orderBy(order)
    .all()
    .map((r) => r.value as T);
}

export async function getFilmForEdit(filmId: number): Promise<FilmEditData> {
  await authorize('catalogue.manage');
  const db = getDb();
  const film = db
    .select({
      id: films.id,
      slug: films.slug,
      title: films.title,
      originalTitle: films.originalTitle,
      synopsis: films.synopsis,
      releaseKind: films.releaseKind,
      runtimeMinutes: films.runtimeMinutes,
      ageRating: films.ageRating,
      seoTitle: films.seoTitle,
      seoDescription: films.seoDescription,
      posterPath: films.posterPath,
      posterWidth: films.posterWidth,
      posterHeight: films.posterHeight,
    })
    .from(films)
    .where(eq(films.id, filmId))
    .get();
  if (!film) throw new NotFound('No such film.');
  const genreIds = columnOfFilm<number>(db, filmGenres.genreId, filmGenres.filmId, filmId, asc(filmGenres.position));
  const releaseRows = db
    .select({ country: releases.country, date: releases.date, kind: releases.kind, certification: releases.certification })
    .from(releases)
    .where(eq(releases.filmId, filmId))
    .orderBy(asc(releases.date), asc(releases.country))
    .all();
  const creditRows = db
    .select({ personId: credits.personId, name: people.name, role: credits.role, character: credits.character })
    .from(credits)
    .innerJoin(people, eq(people.id, credits.personId))
    .where(eq(credits.filmId, filmId))
    .orderBy(asc(credits.role), asc(credits.position), asc(credits.id))
    .all();
  const companyRows = db
    .select({ companyId: filmCompanies.companyId, name: companies.name, role: filmCompanies.role })
    .from(filmCompanies)
    .innerJoin(companies, eq(companies.id, filmCompanies.companyId))
    .where(eq(filmCompanies.filmId, filmId))
    .orderBy(asc(filmCompanies.role), asc(filmCompanies.position))
    .all();
  const oldSlugs = columnOfFilm<string>(db, filmSlugRedirects.slug, filmSlugRedirects.filmId, filmId, desc(filmSlugRedirects.createdAt));
  const { posterPath: _p, posterWidth: _w, posterHeight: _h, ...rest } = film;
  return { ...rest, genreIds, releases: releaseRows, credits: creditRows, companies: companyRows, poster: posterImageOf(film), oldSlugs };
}

type ExistingFilm = { id: number; slug: string; posterPath: string | null };
type Editor = { id: number };

/**
 * Creates or updates a film with its genres, releases, credits and companies in one transaction.
 * People and companies typed as new names are created on the way. A changed slug leaves the old
 * one in film_slug_redirects so old links answer with a permanent redirect.
 */
export async function saveFilm(input: FilmInput, posterChange: PosterChange = { kind: 'keep' }): Promise<SavedFilm> {
  const editor = await authorize('catalogue.manage');
  const db = getDb();
  const existing = input.filmId
    ? db.select({ id: films.id, slug: films.slug, posterPath: films.posterPath }).from(films).where(eq(films.id, input.filmId)).get()
    : undefined;
  if (input.filmId && !existing) throw new NotFound('This film no longer exists.');
  checkSlugIsFree(db, input.slug, existing);
  checkReferencesExist(db, input);

  // The file goes to disk before the transaction (better-sqlite3 transactions are synchronous);
  // it is content-addressed, so a failed save leaves at worst an unreferenced file that we remove.
  const newPosterPath = posterChange.kind === 'replace' ? await storePoster(posterChange.poster) : null;
  const oldPosterPath = existing?.posterPath ?? null;

  let saved: SavedFilm;
  try {
    saved = db.transaction((tx) => {
      const { filmId, slug, previousSlug } = writeFilmRow(tx, input, existing, posterFields(posterChange, newPosterPath));
      writeGenres(tx, filmId, input);
      writeReleases(tx, filmId, input);
      writeCredits(tx, filmId, input, editor);
      writeCompanies(tx, filmId, input, editor);
      recordAudit(
        {
          actorId: editor.id,
          action: existing ? 'film.updated' : 'film.created',
          entityType: 'film',
          entityId: filmId,
          details: {
            slug,
            ...(previousSlug ? { previousSlug } : {}),
            ...(posterChange.kind !== 'keep' ? { poster: posterChange.kind === 'replace' ? posterVersion(newPosterPath!) : null } : {}),
          },
        },
        tx,
      );
      return { id: filmId, slug, previousSlug };
    });
  } catch (e) {
    if (newPosterPath && newPosterPath !== oldPosterPath) await removePosterIfUnused(newPosterPath);
    throw e;
  }
  if (oldPosterPath && posterChange.kind !== 'keep' && oldPosterPath !== newPosterPath) await removePosterIfUnused(oldPosterPath);
  return saved;
}

/** A chosen slug must belong to no other film, not even as an old address that still leads there. */
function checkSlugIsFree(db: DB, slug: string | null, existing: ExistingFilm | undefined) {
  if (!slug) return;
  if (slugHeldByAnother(db, films.id, films.slug, slug, existing?.id)) throw new FieldConflict('slug', 'Another film already uses this address.');
  const redirect = formerOwner(db, FILM_SLUG_REDIRECTS, films.title, slug);
  if (redirect && redirect.ownerId !== existing?.id) {
    throw new FieldConflict('slug', `This address used to belong to “${redirect.label}” and still leads there.`);
  }
}

/** People and companies picked in the form may have been merged or deleted since it was opened. */
function checkReferencesExist(db: DB, input: FilmInput) {
  const personIds = input.credits.flatMap((c) => (c.personId ? [c.personId] : []));
  if (personIds.length) {
    const found = new Set(db.select({ id: people.id }).from(people).where(inArray(people.id, personIds)).all().map((p) => p.id));
    const missing = input.credits.findIndex((c) => c.personId && !found.has(c.personId));
    if (missing >= 0) throw new FieldConflict('credits', 'A person in the credits no longer exists (merged or deleted). Remove the row and add them again.');
  }
  const companyIds = input.companies.flatMap((c) => (c.companyId ? [c.companyId] : []));
  if (companyIds.length) {
    const found = new Set(db.select({ id: companies.id }).from(companies).where(inArray(companies.id, companyIds)).all().map((c) => c.id));
    if (input.companies.some((c) => c.companyId && !found.has(c.companyId))) {
      throw new FieldConflict('companies', 'A company in the list no longer exists (merged or deleted). Remove the row and add it again.');
    }
  }
}

function posterFields(posterChange: PosterChange, newPosterPath: string | null) {
  if (posterChange.kind === 'replace') return { posterPath: newPosterPath, posterWidth: posterChange.poster.width, posterHeight: posterChange.poster.height };
  if (posterChange.kind === 'remove') return { posterPath: null, posterWidth: null, posterHeight: null };
  return {};
}

/**
 * Inserts or updates the film's own row, keeping the old slug as a redirect, and clears what the
 * later steps write again (genres, releases, credits, companies).
 */
function writeFilmRow(tx: Tx, input: FilmInput, existing: ExistingFilm | undefined, poster: ReturnType<typeof posterFields>) {
  const slugTaken = (s: string) =>
    Boolean(
      tx.select({ id: films.id }).from(films).where(eq(films.slug, s)).get() ||
        tx
          .select({ filmId: filmSlugRedirects.filmId })
          .from(filmSlugRedirects)
          .where(and(eq(filmSlugRedirects.slug, s), existing ? ne(filmSlugRedirects.filmId, existing.id) : undefined))
          .get(),
    );
  const slug = input.slug ?? (existing ? existing.slug : freeSlug(input.title, 'film', slugTaken));
  const fields = {
    slug,
    title: input.title,
    originalTitle: input.originalTitle,
    synopsis: input.synopsis,
    releaseKind: input.releaseKind,
    runtimeMinutes: input.runtimeMinutes,
    ageRating: input.ageRating,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    ...poster,
  };
  if (!existing) {
    return { filmId: tx.insert(films).values(fields).returning({ id: films.id }).get().id, slug, previousSlug: null };
  }
  const filmId = existing.id;
  let previousSlug: string | null = null;
  tx.update(films).set({ ...fields, updatedAt: now() }).where(eq(films.id, filmId)).run();
  if (slug !== existing.slug) {
    previousSlug = existing.slug;
    tx.insert(filmSlugRedirects).values({ slug: existing.slug, filmId }).onConflictDoNothing().run();
  }
  // Taking back an old address: it is the film's own page again, not a redirect.
  tx.delete(filmSlugRedirects).where(and(eq(filmSlugRedirects.slug, slug), eq(filmSlugRedirects.filmId, filmId))).run();
  tx.delete(filmGenres).where(eq(filmGenres.filmId, filmId)).run();
  tx.delete(releases).where(eq(releases.filmId, filmId)).run();
  tx.delete(credits).where(eq(credits.filmId, filmId)).run();
  tx.delete(filmCompanies).where(eq(filmCompanies.filmId, filmId)).run();
  return { filmId, slug, previousSlug };
}

/** Genres: the ticked ones, then new names (an existing genre with the same slug is reused). */
function writeGenres(tx: Tx, filmId: number, input: FilmInput) {
  const genreIds = [...input.genreIds];
  for (const name of input.newGenres) {
    // A name with nothing slugify keeps (all kanji, say) is matched by name instead.
    const gslug = slugify(name);
    const found = tx.select({ id: genres.id }).from(genres).where(gslug ? eq(genres.slug, gslug) : eq(genres.name, name)).get();
    const slug = gslug || freeSlug(name, 'genre', (s) => Boolean(tx.select({ id: genres.id }).from(genres).where(eq(genres.slug, s)).get()));
    genreIds.push(found ? found.id : tx.insert(genres).values({ slug, name }).returning({ id: genres.id }).get().id);
  }
  const knownGenres = new Set(genreIds.length ? tx.select({ id: genres.id }).from(genres).where(inArray(genres.id, genreIds)).all().map((g) => g.id) : []);
  [...new Set(genreIds)]
    .filter((id) => knownGenres.has(id))
    .forEach((genreId, position) => tx.insert(filmGenres).values({ filmId, genreId, position }).run());
}

function writeReleases(tx: Tx, filmId: number, input: FilmInput) {
  for (const r of input.releases) {
    tx.insert(releases).values({ filmId, country: r.country, date: r.date, kind: r.kind, certification: r.certification }).run();
  }
}

/**
 * Resolves each row's record: the picked id, or a record created from the typed name. The same new
 * name typed twice in one form (director and writer) becomes one record.
 */
function recordResolver(create: (name: string) => number) {
  const created = new Map<string, number>();
  return (pickedId: number | null | undefined, newName: string | null | undefined): number => {
    if (pickedId) return pickedId;
    const name = newName!.trim();
    const key = name.toLowerCase();
    const known = created.get(key);
    if (known) return known;
    const id = create(name);
    created.set(key, id);
    return id;
  };
}

/** Billing order: each row's position within its own role, in the order the form sent them. */
function positionInRole() {
  const next = new Map<string, number>();
  return (role: string) => {
    const position = next.get(role) ?? 0;
    next.set(role, position + 1);
    return position;
  };
}

function writeCredits(tx: Tx, filmId: number, input: FilmInput, editor: Editor) {
  const personFor = recordResolver((name) => {
    const id = tx.insert(people).values({ name, slug: freeSlug(name, 'person', (s) => personSlugTaken(tx, s)) }).returning({ id: people.id }).get().id;
    recordAudit({ actorId: editor.id, action: 'person.created', entityType: 'person', entityId: id, details: { name, via: 'film' } }, tx);
    return id;
  });
  const position = positionInRole();
  for (const c of input.credits) {
    const personId = personFor(c.personId, c.newName);
    tx.insert(credits).values({ filmId, personId, role: c.role, character: c.character, position: position(c.role) }).run();
  }
}

function writeCompanies(tx: Tx, filmId: number, input: FilmInput, editor: Editor) {
  const companyFor = recordResolver((name) => {
    const slug = freeSlug(name, 'company', (s) => Boolean(tx.select({ id: companies.id }).from(companies).where(eq(companies.slug, s)).get()));
    const id = tx.insert(companies).values({ name, slug }).returning({ id: companies.id }).get().id;
    recordAudit({ actorId: editor.id, action: 'company.created', entityType: 'company', entityId: id, details: { name, via: 'film' } }, tx);
    return id;
  });
  const position = positionInRole();
  for (const c of input.companies) {
    const companyId = companyFor(c.companyId, c.newName);
    tx.insert(filmCompanies).values({ filmId, companyId, role: c.role, position: position(c.role) }).run();
  }
}

/** Two films may share one file (same image uploaded twice): delete only when nobody points at it. */
async function removePosterIfUnused(posterPath: string) {
  const used = getDb().select({ id: films.id }).from(films).where(eq(films.posterPath, posterPath)).get();
  if (!used) await deletePosterFiles(posterPath);
}
