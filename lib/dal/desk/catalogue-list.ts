/**
 * The desk's catalogue lists (films, people, companies) page the same way, and people and companies
 * are both "a name with a slug" that the film editor's pickers search the same way. Callers
 * authorize first.
 */
import 'server-only';
import { asc, count, eq, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SelectedFields, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { films } from '@/db/schema';
import { getDb, type DB } from '../db';
import { NotFound } from '../errors';
import { CATALOGUE_PAGE_SIZE, contains, pageCountOf } from '../sql';

/** A select that is ready but for its page: `.limit().offset().all()` run it. */
type Pageable<R> = { limit(n: number): { offset(n: number): { all(): R[] } } };

/** One page of `query` (already filtered by `where` and ordered), with the filtered total. */
export function cataloguePage<R>(db: DB, query: Pageable<R>, table: SQLiteTable, where: SQL | undefined, page: number) {
  const rows = query
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((page - 1) * CATALOGUE_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
  return { rows, total, pageCount: pageCountOf(total, CATALOGUE_PAGE_SIZE) };
}

/** A catalogue table whose records are a name at an address: people, companies. */
export type NamedTable = SQLiteTable & {
  id: AnySQLiteColumn<{ data: number }>;
  name: AnySQLiteColumn<{ data: string }>;
  slug: AnySQLiteColumn<{ data: string }>;
};

type Named = { id: number; name: string; slug: string };

/**
 * For the film editor's pickers: records whose name contains `q`, each with a `hint` (a film it
 * is on) to tell namesakes apart; `firstBy` orders before the name.
 */
export function searchByName(table: NamedTable, q: string, limit: number, hint: SQL<string | null>, firstBy?: SQL): (Named & { hint: string | null })[] {
  if (!q.trim()) return [];
  return getDb()
    .select({ id: table.id, name: table.name, slug: table.slug, hint })
    .from(table)
    .where(contains(table.name, q.trim()))
    .orderBy(...(firstBy ? [firstBy] : []), asc(table.name))
    .limit(limit)
    .all() as (Named & { hint: string | null })[];
}

/** A page of the desk's list of people or companies, by name, each with one count (credits, films). */
export function listByName<K extends string>(table: NamedTable, filter: { q?: string; page: number }, countKey: K, countSql: SQL<number>) {
  const db = getDb();
  const where = filter.q ? contains(table.name, filter.q) : undefined;
  const query = db
    .select({ id: table.id, name: table.name, slug: table.slug, [countKey]: countSql })
    .from(table)
    .where(where)
    .orderBy(asc(table.name), asc(table.id));
  // The count column is named by the caller, which a computed key cannot tell the type checker.
  return cataloguePage(db, query as unknown as Pageable<Named & Record<K, number>>, table, where, filter.page);
}

/** How a record is on a film: its credits (people) or its company links. */
export type FilmLink = { owner: AnySQLiteColumn<{ data: number }>; filmId: AnySQLiteColumn<{ data: number }>; role: AnySQLiteColumn };

/** The films a record is on, by title then role, for its desk page; `columns` are the link's own (role, character). */
export function filmsOfRecord<R>(db: DB, link: FilmLink, id: number, columns: SelectedFields): R[] {
  return db
    .select({ filmId: films.id, filmTitle: films.title, filmSlug: films.slug, ...columns })
    .from(link.owner.table)
    .innerJoin(films, eq(films.id, link.filmId))
    .where(eq(link.owner, id))
    .orderBy(asc(films.title), asc(link.role))
    .all() as R[];
}

/** The record an edit form saves over (undefined when it makes a new one); NotFound when it has gone since. */
export function recordToSave(db: DB, table: NamedTable, id: number | undefined, gone: string): { id: number; slug: string } | undefined {
  const existing = id ? (db.select({ id: table.id, slug: table.slug }).from(table).where(eq(table.id, id)).get() as { id: number; slug: string } | undefined) : undefined;
  if (id && !existing) throw new NotFound(gone);
  return existing;
}
