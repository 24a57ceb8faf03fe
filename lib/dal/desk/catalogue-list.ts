/**
 * The desk's catalogue lists (films, people, companies) page the same way, and people and companies
 * are both "a name with a slug" that the film editor's pickers search the same way. Callers
 * authorize first.
 */
import 'server-only';
import { asc, count, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb, type DB } from '../db';
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
