/**
 * The film catalogue, for editors and admins: films with everything attached to them, people and
 * companies. Every function checks `catalogue.manage` first; every write is one transaction with
 * its audit event.
 */
import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import {
  companies,
  credits,
  filmCompanies,
  filmGenres,
  films,
  filmSlugRedirects,
  personSlugRedirects,
  genres,
  people,
  releases,
} from '@/db/schema';
import type { CompanyRole, CreditRole, ReleaseKind } from '@/lib/catalogue';
import { now } from '@/lib/clock';
import { posterImageOf, posterVersion, type PosterImage } from '@/lib/poster-urls';
import { deletePosterFiles, storePoster, type NormalizedPoster } from '@/lib/posters';
import { freeSlug, slugify } from '@/lib/slug';
import type { CompanyInput, FilmInput, PersonInput } from '@/lib/validation/catalogue';
import { recordAudit } from './audit-log';
import { getDb } from './db';
import { Conflict, FieldConflict, NotFound } from './errors';
import { authorize } from './guard';
import { contains, firstReleaseSql, startsWith } from './sql';

export const CATALOGUE_PAGE_SIZE = 20;

/** A person's slug is taken by someone's page, or by an old address that still leads to one. */
function personSlugTaken(tx: Pick<ReturnType<typeof getDb>, 'select'>, s: string): boolean {
  return Boolean(
    tx.select({ id: people.id }).from(people).where(eq(people.slug, s)).get() ||
      tx.select({ slug: personSlugRedirects.slug }).from(personSlugRedirects).where(eq(personSlugRedirects.slug, s)).get(),
  );
}

function pageCountOf(total: number) {
  return Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
}

// ---------------------------------------------------------------------------------------------
// Films

export type AdminFilmRow = {
  id: number;
  slug: string;
  title: string;
  originalTitle: string | null;
  firstRelease: string | null;
  poster: PosterImage | null;
  updatedAt: Date;
};

export async function listAdminFilms(filter: { q?: string; page: number }) {
  await authorize('catalogue.manage');
  const db = getDb();
  const where = filter.q ? or(contains(films.title, filter.q), contains(sql`coalesce(${films.originalTitle}, '')`, filter.q)) : undefined;
  const rows = db
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
    .orderBy(asc(films.title), asc(films.id))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((filter.page - 1) * CATALOGUE_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(films).where(where).get()?.n ?? 0;
  const list: AdminFilmRow[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    originalTitle: r.originalTitle,
    firstRelease: r.firstRelease,
    poster: posterImageOf(r),
    updatedAt: r.updatedAt,
  }));
  return { films: list, total, pageCount: pageCountOf(total) };
}

export type GenreOption = { id: number; name: string };

export async function listGenres(): Promise<GenreOption[]> {
  await authorize('catalogue.manage');
  return getDb().select({ id: genres.id, name: genres.name }).from(genres).orderBy(asc(genres.name)).all();
}

export type FilmEditData = {
  id: number;
  slug: string;
  title: string;
  originalTitle: string | null;
  synopsis: string;
  releaseKind: ReleaseKind;
  runtimeMinutes: number | null;
  ageRating: string | null;
  genreIds: number[];
  releases: { country: string; date: string; kind: ReleaseKind; certification: string | null }[];
  credits: { personId: number; name: string; role: CreditRole; character: string | null }[];
  companies: { companyId: number; name: string; role: CompanyRole }[];
  poster: PosterImage | null;
  oldSlugs: string[];
};

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
      posterPath: films.posterPath,
      posterWidth: films.posterWidth,
      posterHeight: films.posterHeight,
    })
    .from(films)
    .where(eq(films.id, filmId))
    .get();
  if (!film) throw new NotFound('No such film.');
  const genreIds = db
    .select({ id: filmGenres.genreId })
    .from(filmGenres)
    .where(eq(filmGenres.filmId, filmId))
    .orderBy(asc(filmGenres.position))
    .all()
    .map((g) => g.id);
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
  const oldSlugs = db
    .select({ slug: filmSlugRedirects.slug })
    .from(filmSlugRedirects)
    .where(eq(filmSlugRedirects.filmId, filmId))
    .orderBy(desc(filmSlugRedirects.createdAt))
    .all()
    .map((r) => r.slug);
  const { posterPath: _p, posterWidth: _w, posterHeight: _h, ...rest } = film;
  return { ...rest, genreIds, releases: releaseRows, credits: creditRows, companies: companyRows, poster: posterImageOf(film), oldSlugs };
}

/** What the poster field asks for: keep the current one, replace it, or remove it. */
export type PosterChange = { kind: 'keep' } | { kind: 'replace'; poster: NormalizedPoster } | { kind: 'remove' };

export type SavedFilm = { id: number; slug: string; previousSlug: string | null };

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

  if (input.slug) {
    const other = db
      .select({ id: films.id })
      .from(films)
      .where(existing ? and(eq(films.slug, input.slug), ne(films.id, existing.id)) : eq(films.slug, input.slug))
      .get();
    if (other) throw new FieldConflict('slug', 'Another film already uses this address.');
    const redirect = db
      .select({ filmId: filmSlugRedirects.filmId, title: films.title })
      .from(filmSlugRedirects)
      .innerJoin(films, eq(films.id, filmSlugRedirects.filmId))
      .where(eq(filmSlugRedirects.slug, input.slug))
      .get();
    if (redirect && redirect.filmId !== existing?.id) {
      throw new FieldConflict('slug', `This address used to belong to “${redirect.title}” and still leads there.`);
    }
  }
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

  // The file goes to disk before the transaction (better-sqlite3 transactions are synchronous);
  // it is content-addressed, so a failed save leaves at worst an unreferenced file that we remove.
  const newPosterPath = posterChange.kind === 'replace' ? await storePoster(posterChange.poster) : null;
  const oldPosterPath = existing?.posterPath ?? null;

  let saved: SavedFilm;
  try {
    saved = db.transaction((tx) => {
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
      const poster =
        posterChange.kind === 'replace'
          ? { posterPath: newPosterPath, posterWidth: posterChange.poster.width, posterHeight: posterChange.poster.height }
          : posterChange.kind === 'remove'
            ? { posterPath: null, posterWidth: null, posterHeight: null }
            : {};
      const fields = {
        slug,
        title: input.title,
        originalTitle: input.originalTitle,
        synopsis: input.synopsis,
        releaseKind: input.releaseKind,
        runtimeMinutes: input.runtimeMinutes,
        ageRating: input.ageRating,
        ...poster,
      };
      let filmId: number;
      let previousSlug: string | null = null;
      if (existing) {
        filmId = existing.id;
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
      } else {
        filmId = tx.insert(films).values(fields).returning({ id: films.id }).get().id;
      }

      // Genres: the ticked ones, then new names (an existing genre with the same slug is reused).
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

      for (const r of input.releases) {
        tx.insert(releases).values({ filmId, country: r.country, date: r.date, kind: r.kind, certification: r.certification }).run();
      }

      // New people typed twice in the same form (director and writer) become one person.
      const createdPeople = new Map<string, number>();
      const personFor = (c: FilmInput['credits'][number]): number => {
        if (c.personId) return c.personId;
        const name = c.newName!.trim();
        const key = name.toLowerCase();
        const known = createdPeople.get(key);
        if (known) return known;
        const pslug = freeSlug(name, 'person', (s) => personSlugTaken(tx, s));
        const id = tx.insert(people).values({ name, slug: pslug }).returning({ id: people.id }).get().id;
        recordAudit({ actorId: editor.id, action: 'person.created', entityType: 'person', entityId: id, details: { name, via: 'film' } }, tx);
        createdPeople.set(key, id);
        return id;
      };
      const creditPositions = new Map<string, number>();
      for (const c of input.credits) {
        const personId = personFor(c);
        const position = creditPositions.get(c.role) ?? 0;
        creditPositions.set(c.role, position + 1);
        tx.insert(credits).values({ filmId, personId, role: c.role, character: c.character, position }).run();
      }

      const createdCompanies = new Map<string, number>();
      const companyFor = (c: FilmInput['companies'][number]): number => {
        if (c.companyId) return c.companyId;
        const name = c.newName!.trim();
        const key = name.toLowerCase();
        const known = createdCompanies.get(key);
        if (known) return known;
        const cslug = freeSlug(name, 'company', (s) => Boolean(tx.select({ id: companies.id }).from(companies).where(eq(companies.slug, s)).get()));
        const id = tx.insert(companies).values({ name, slug: cslug }).returning({ id: companies.id }).get().id;
        recordAudit({ actorId: editor.id, action: 'company.created', entityType: 'company', entityId: id, details: { name, via: 'film' } }, tx);
        createdCompanies.set(key, id);
        return id;
      };
      const companyPositions = new Map<string, number>();
      for (const c of input.companies) {
        const companyId = companyFor(c);
        const position = companyPositions.get(c.role) ?? 0;
        companyPositions.set(c.role, position + 1);
        tx.insert(filmCompanies).values({ filmId, companyId, role: c.role, position }).run();
      }

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

/** Two films may share one file (same image uploaded twice): delete only when nobody points at it. */
async function removePosterIfUnused(posterPath: string) {
  const used = getDb().select({ id: films.id }).from(films).where(eq(films.posterPath, posterPath)).get();
  if (!used) await deletePosterFiles(posterPath);
}

/** Public: where a film's poster file is, for the poster route handler. */
export async function getPosterSource(filmId: number): Promise<{ posterPath: string; version: string } | null> {
  const row = getDb().select({ posterPath: films.posterPath }).from(films).where(eq(films.id, filmId)).get();
  return row?.posterPath ? { posterPath: row.posterPath, version: posterVersion(row.posterPath) } : null;
}

// ---------------------------------------------------------------------------------------------
// People

export type PersonOption = { id: number; name: string; slug: string; hint: string | null };

/** For the credit picker: names that contain the query, prefix matches first. */
export async function searchPeople(q: string, limit = 8): Promise<PersonOption[]> {
  await authorize('catalogue.manage');
  if (!q.trim()) return [];
  const rows = getDb()
    .select({
      id: people.id,
      name: people.name,
      slug: people.slug,
      hint: sql<string | null>`(select f.title from credits c join films f on f.id = c.film_id where c.person_id = "people"."id" order by c.id desc limit 1)`,
    })
    .from(people)
    .where(contains(people.name, q.trim()))
    .orderBy(sql`case when ${startsWith(people.name, q.trim())} then 0 else 1 end`, asc(people.name))
    .limit(limit)
    .all();
  return rows;
}

export type PersonRow = { id: number; name: string; slug: string; creditCount: number };

export async function listPeople(filter: { q?: string; page: number }) {
  await authorize('catalogue.manage');
  const db = getDb();
  const where = filter.q ? contains(people.name, filter.q) : undefined;
  const rows = db
    .select({
      id: people.id,
      name: people.name,
      slug: people.slug,
      creditCount: sql<number>`(select count(*) from credits c where c.person_id = "people"."id")`,
    })
    .from(people)
    .where(where)
    .orderBy(asc(people.name), asc(people.id))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((filter.page - 1) * CATALOGUE_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(people).where(where).get()?.n ?? 0;
  return { people: rows as PersonRow[], total, pageCount: pageCountOf(total) };
}

export type PersonDetail = {
  id: number;
  name: string;
  slug: string;
  bio: string | null;
  credits: { filmId: number; filmTitle: string; filmSlug: string; role: CreditRole; character: string | null }[];
};

export async function getPerson(id: number): Promise<PersonDetail> {
  await authorize('catalogue.manage');
  const db = getDb();
  const person = db.select({ id: people.id, name: people.name, slug: people.slug, bio: people.bio }).from(people).where(eq(people.id, id)).get();
  if (!person) throw new NotFound('No such person.');
  const rows = db
    .select({ filmId: films.id, filmTitle: films.title, filmSlug: films.slug, role: credits.role, character: credits.character })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .where(eq(credits.personId, id))
    .orderBy(asc(films.title), asc(credits.role))
    .all();
  return { ...person, credits: rows };
}

export async function savePerson(input: PersonInput): Promise<{ id: number; slug: string; previousSlug: string | null }> {
  const editor = await authorize('catalogue.manage');
  const db = getDb();
  const existing = input.id ? db.select({ id: people.id, slug: people.slug }).from(people).where(eq(people.id, input.id)).get() : undefined;
  if (input.id && !existing) throw new NotFound('No such person.');
  if (input.slug) {
    const other = db
      .select({ id: people.id })
      .from(people)
      .where(existing ? and(eq(people.slug, input.slug), ne(people.id, existing.id)) : eq(people.slug, input.slug))
      .get();
    if (other) throw new FieldConflict('slug', 'Another person already uses this address.');
    const redirect = db
      .select({ personId: personSlugRedirects.personId, name: people.name })
      .from(personSlugRedirects)
      .innerJoin(people, eq(people.id, personSlugRedirects.personId))
      .where(eq(personSlugRedirects.slug, input.slug))
      .get();
    if (redirect && redirect.personId !== existing?.id) {
      throw new FieldConflict('slug', `This address used to belong to ${redirect.name} and still leads there.`);
    }
  }
  return db.transaction((tx) => {
    const slug = input.slug ?? existing?.slug ?? freeSlug(input.name, 'person', (s) => personSlugTaken(tx, s));
    const fields = { name: input.name, slug, bio: input.bio || null };
    let id: number;
    if (existing) {
      id = existing.id;
      tx.update(people).set({ ...fields, updatedAt: now() }).where(eq(people.id, id)).run();
      // The old address keeps answering; taking back an old address makes it the page again.
      if (slug !== existing.slug) tx.insert(personSlugRedirects).values({ slug: existing.slug, personId: id }).onConflictDoNothing().run();
      tx.delete(personSlugRedirects).where(and(eq(personSlugRedirects.slug, slug), eq(personSlugRedirects.personId, id))).run();
    } else {
      id = tx.insert(people).values(fields).returning({ id: people.id }).get().id;
    }
    recordAudit({ actorId: editor.id, action: existing ? 'person.updated' : 'person.created', entityType: 'person', entityId: id, details: { name: input.name, slug } }, tx);
    return { id, slug, previousSlug: existing && existing.slug !== slug ? existing.slug : null };
  });
}

/**
 * Folds a duplicate into the record to keep: every credit moves over; where both held the same
 * role on the same film, one credit remains with the better (lower) billing position. The
 * duplicate is then deleted. Returns the films touched, for revalidation.
 */
export async function mergePeople(keepId: number, removeId: number): Promise<{ filmSlugs: string[] }> {
  const editor = await authorize('catalogue.manage');
  if (keepId === removeId) throw new FieldConflict('removeId', 'Choose a different record to merge.');
  return getDb().transaction((tx) => {
    const keep = tx.select({ id: people.id, slug: people.slug, bio: people.bio }).from(people).where(eq(people.id, keepId)).get();
    const remove = tx.select({ id: people.id, name: people.name, slug: people.slug, bio: people.bio }).from(people).where(eq(people.id, removeId)).get();
    if (!keep || !remove) throw new NotFound('One of these people no longer exists.');
    const moving = tx.select().from(credits).where(eq(credits.personId, removeId)).all();
    let collapsed = 0;
    for (const c of moving) {
      const clash = tx
        .select()
        .from(credits)
        .where(and(eq(credits.filmId, c.filmId), eq(credits.personId, keepId), eq(credits.role, c.role)))
        .get();
      if (clash) {
        collapsed++;
        const better = c.position < clash.position ? c : clash;
        const other = better === c ? clash : c;
        tx.update(credits)
          .set({ position: better.position, character: better.character ?? other.character })
          .where(eq(credits.id, clash.id))
          .run();
        tx.delete(credits).where(eq(credits.id, c.id)).run();
      } else {
        tx.update(credits).set({ personId: keepId }).where(eq(credits.id, c.id)).run();
      }
    }
    if (!keep.bio && remove.bio) tx.update(people).set({ bio: remove.bio, updatedAt: now() }).where(eq(people.id, keepId)).run();
    // Links to the duplicate's page (and its own old addresses) lead to the kept record from now on.
    tx.update(personSlugRedirects).set({ personId: keepId }).where(eq(personSlugRedirects.personId, removeId)).run();
    tx.insert(personSlugRedirects).values({ slug: remove.slug, personId: keepId }).onConflictDoNothing().run();
    tx.delete(people).where(eq(people.id, removeId)).run();
    recordAudit(
      {
        actorId: editor.id,
        action: 'person.merged',
        entityType: 'person',
        entityId: keepId,
        details: { removedId: removeId, removedName: remove.name, removedSlug: remove.slug, movedCredits: moving.length - collapsed, collapsed },
      },
      tx,
    );
    const filmIds = [...new Set(moving.map((c) => c.filmId))];
    const filmSlugs = filmIds.length ? tx.select({ slug: films.slug }).from(films).where(inArray(films.id, filmIds)).all().map((f) => f.slug) : [];
    return { filmSlugs };
  });
}

export async function deletePerson(id: number): Promise<void> {
  const editor = await authorize('catalogue.manage');
  getDb().transaction((tx) => {
    const person = tx.select({ id: people.id, name: people.name }).from(people).where(eq(people.id, id)).get();
    if (!person) throw new NotFound('No such person.');
    const n = tx.select({ n: count() }).from(credits).where(eq(credits.personId, id)).get()?.n ?? 0;
    if (n > 0) {
      throw new Conflict(`${person.name} is credited on ${n === 1 ? 'a film' : `${n} films`}: remove those credits or merge this person into another first.`);
    }
    tx.delete(people).where(eq(people.id, id)).run();
    recordAudit({ actorId: editor.id, action: 'person.deleted', entityType: 'person', entityId: id, details: { name: person.name } }, tx);
  });
}

// ---------------------------------------------------------------------------------------------
// Companies

export type CompanyOption = { id: number; name: string; slug: string; hint: string | null };

export async function searchCompanies(q: string, limit = 8): Promise<CompanyOption[]> {
  await authorize('catalogue.manage');
  if (!q.trim()) return [];
  return getDb()
    .select({
      id: companies.id,
      name: companies.name,
      slug: companies.slug,
      hint: sql<string | null>`(select f.title from film_companies fc join films f on f.id = fc.film_id where fc.company_id = "companies"."id" limit 1)`,
    })
    .from(companies)
    .where(contains(companies.name, q.trim()))
    .orderBy(asc(companies.name))
    .limit(limit)
    .all();
}

export type CompanyRow = { id: number; name: string; slug: string; filmCount: number };

export async function listCompanies(filter: { q?: string; page: number }) {
  await authorize('catalogue.manage');
  const db = getDb();
  const where = filter.q ? contains(companies.name, filter.q) : undefined;
  const rows = db
    .select({
      id: companies.id,
      name: companies.name,
      slug: companies.slug,
      filmCount: sql<number>`(select count(distinct fc.film_id) from film_companies fc where fc.company_id = "companies"."id")`,
    })
    .from(companies)
    .where(where)
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((filter.page - 1) * CATALOGUE_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(companies).where(where).get()?.n ?? 0;
  return { companies: rows as CompanyRow[], total, pageCount: pageCountOf(total) };
}

export type CompanyDetail = {
  id: number;
  name: string;
  slug: string;
  films: { filmId: number; filmTitle: string; filmSlug: string; role: CompanyRole }[];
};

export async function getCompany(id: number): Promise<CompanyDetail> {
  await authorize('catalogue.manage');
  const db = getDb();
  const company = db.select({ id: companies.id, name: companies.name, slug: companies.slug }).from(companies).where(eq(companies.id, id)).get();
  if (!company) throw new NotFound('No such company.');
  const rows = db
    .select({ filmId: films.id, filmTitle: films.title, filmSlug: films.slug, role: filmCompanies.role })
    .from(filmCompanies)
    .innerJoin(films, eq(films.id, filmCompanies.filmId))
    .where(eq(filmCompanies.companyId, id))
    .orderBy(asc(films.title), asc(filmCompanies.role))
    .all();
  return { ...company, films: rows };
}

export async function saveCompany(input: CompanyInput): Promise<{ id: number; slug: string }> {
  const editor = await authorize('catalogue.manage');
  const db = getDb();
  const existing = input.id ? db.select({ id: companies.id, slug: companies.slug }).from(companies).where(eq(companies.id, input.id)).get() : undefined;
  if (input.id && !existing) throw new NotFound('No such company.');
  if (input.slug) {
    const other = db
      .select({ id: companies.id })
      .from(companies)
      .where(existing ? and(eq(companies.slug, input.slug), ne(companies.id, existing.id)) : eq(companies.slug, input.slug))
      .get();
    if (other) throw new FieldConflict('slug', 'Another company already uses this address.');
  }
  return db.transaction((tx) => {
    const slug =
      input.slug ??
      existing?.slug ??
      freeSlug(input.name, 'company', (s) => Boolean(tx.select({ id: companies.id }).from(companies).where(eq(companies.slug, s)).get()));
    let id: number;
    if (existing) {
      id = existing.id;
      tx.update(companies).set({ name: input.name, slug }).where(eq(companies.id, id)).run();
    } else {
      id = tx.insert(companies).values({ name: input.name, slug }).returning({ id: companies.id }).get().id;
    }
    recordAudit({ actorId: editor.id, action: existing ? 'company.updated' : 'company.created', entityType: 'company', entityId: id, details: { name: input.name, slug } }, tx);
    return { id, slug };
  });
}

export async function mergeCompanies(keepId: number, removeId: number): Promise<{ filmSlugs: string[] }> {
  const editor = await authorize('catalogue.manage');
  if (keepId === removeId) throw new FieldConflict('removeId', 'Choose a different record to merge.');
  return getDb().transaction((tx) => {
    const keep = tx.select({ id: companies.id }).from(companies).where(eq(companies.id, keepId)).get();
    const remove = tx.select({ id: companies.id, name: companies.name, slug: companies.slug }).from(companies).where(eq(companies.id, removeId)).get();
    if (!keep || !remove) throw new NotFound('One of these companies no longer exists.');
    const moving = tx.select().from(filmCompanies).where(eq(filmCompanies.companyId, removeId)).all();
    let collapsed = 0;
    for (const c of moving) {
      const own = and(eq(filmCompanies.filmId, c.filmId), eq(filmCompanies.companyId, removeId), eq(filmCompanies.role, c.role));
      const clash = tx
        .select()
        .from(filmCompanies)
        .where(and(eq(filmCompanies.filmId, c.filmId), eq(filmCompanies.companyId, keepId), eq(filmCompanies.role, c.role)))
        .get();
      if (clash) {
        collapsed++;
        if (c.position < clash.position) {
          tx.update(filmCompanies)
            .set({ position: c.position })
            .where(and(eq(filmCompanies.filmId, c.filmId), eq(filmCompanies.companyId, keepId), eq(filmCompanies.role, c.role)))
            .run();
        }
        tx.delete(filmCompanies).where(own).run();
      } else {
        tx.update(filmCompanies).set({ companyId: keepId }).where(own).run();
      }
    }
    tx.delete(companies).where(eq(companies.id, removeId)).run();
    recordAudit(
      {
        actorId: editor.id,
        action: 'company.merged',
        entityType: 'company',
        entityId: keepId,
        details: { removedId: removeId, removedName: remove.name, removedSlug: remove.slug, moved: moving.length - collapsed, collapsed },
      },
      tx,
    );
    const filmIds = [...new Set(moving.map((c) => c.filmId))];
    const filmSlugs = filmIds.length ? tx.select({ slug: films.slug }).from(films).where(inArray(films.id, filmIds)).all().map((f) => f.slug) : [];
    return { filmSlugs };
  });
}

export async function deleteCompany(id: number): Promise<void> {
  const editor = await authorize('catalogue.manage');
  getDb().transaction((tx) => {
    const company = tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.id, id)).get();
    if (!company) throw new NotFound('No such company.');
    const n = tx.select({ n: sql<number>`count(distinct ${filmCompanies.filmId})` }).from(filmCompanies).where(eq(filmCompanies.companyId, id)).get()?.n ?? 0;
    if (n > 0) {
      throw new Conflict(`${company.name} is listed on ${n === 1 ? 'a film' : `${n} films`}: remove it from those films or merge it into another company first.`);
    }
    tx.delete(companies).where(eq(companies.id, id)).run();
    recordAudit({ actorId: editor.id, action: 'company.deleted', entityType: 'company', entityId: id, details: { name: company.name } }, tx);
  });
}
