/** Small SQL helpers shared by the DAL. */
import 'server-only';
import { and, eq, getTableName, ne, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { films, filmSlugRedirects, people, personSlugRedirects, releases, reviewerProfiles, reviewerSlugRedirects, reviewRevisions, reviews } from '@/db/schema';
import { sanitizeDoc, type SanitizeOptions } from '@/lib/rich-text/sanitize';
import type { DB } from './db';
import type { ReviewContent } from './types';

/**
 * A column as `"table"."column"`. Drizzle prints bare column names inside `sql` fragments of a
 * single-table select, so in a correlated subquery `"film_id" = "id"` would compare two columns of
 * the inner table. Every correlated subquery names its columns through this.
 */
export function col(column: AnyColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** A film's first release date (ISO), null when none is known. Correlated: use inside a query on films. */
export const firstReleaseSql = sql<string | null>`(select min(${col(releases.date)}) from ${releases} where ${col(releases.filmId)} = ${col(films.id)})`;

/**
 * An old address kept in a `*_slug_redirects` table, and the record it leads to. Films, people and
 * critics each keep one such table; the lookup through it is the same for all three.
 */
export type SlugRedirects = {
  redirects: SQLiteTable;
  /** The old slug, in the redirects table. */
  oldSlug: AnySQLiteColumn;
  /** The redirects table's reference to the record. */
  ownerRef: AnySQLiteColumn;
  owner: SQLiteTable;
  /** The record's key that `ownerRef` points at. */
  ownerKey: AnySQLiteColumn;
  /** The record's current slug. */
  currentSlug: AnySQLiteColumn<{ data: string }>;
};

/** Where an old address leads now (the record's current slug), or null when it was never one. */
export function currentSlugBehind(db: Pick<DB, 'select'>, via: SlugRedirects, oldSlug: string): string | null {
  return formerOwner(db, via, via.currentSlug, oldSlug)?.label ?? null;
}

/** The record an old address leads to, with one of its columns (a name to show, or its slug). */
export function formerOwner(db: Pick<DB, 'select'>, via: SlugRedirects, label: AnySQLiteColumn<{ data: string }>, oldSlug: string) {
  return db
    .select({ ownerId: via.ownerRef, label })
    .from(via.redirects)
    .innerJoin(via.owner, eq(via.ownerKey, via.ownerRef))
    .where(eq(via.oldSlug, oldSlug))
    .get() as { ownerId: number; label: string } | undefined;
}

export const FILM_SLUG_REDIRECTS: SlugRedirects = {
  redirects: filmSlugRedirects,
  oldSlug: filmSlugRedirects.slug,
  ownerRef: filmSlugRedirects.filmId,
  owner: films,
  ownerKey: films.id,
  currentSlug: films.slug,
};

export const PERSON_SLUG_REDIRECTS: SlugRedirects = {
  redirects: personSlugRedirects,
  oldSlug: personSlugRedirects.slug,
  ownerRef: personSlugRedirects.personId,
  owner: people,
  ownerKey: people.id,
  currentSlug: people.slug,
};

export const REVIEWER_SLUG_REDIRECTS: SlugRedirects = {
  redirects: reviewerSlugRedirects,
  oldSlug: reviewerSlugRedirects.slug,
  ownerRef: reviewerSlugRedirects.userId,
  owner: reviewerProfiles,
  ownerKey: reviewerProfiles.userId,
  currentSlug: reviewerProfiles.slug,
};

/** `slug` is in `slugColumn` on a row whose `key` is not `exceptKey` (a slug another record holds). */
export function slugHeldByAnother(
  db: Pick<DB, 'select'>,
  key: AnySQLiteColumn<{ data: number }>,
  slugColumn: AnySQLiteColumn<{ data: string }>,
  slug: string,
  exceptKey: number | undefined,
): boolean {
  return Boolean(
    db
      .select({ key })
      .from(key.table)
      .where(exceptKey === undefined ? eq(slugColumn, slug) : and(eq(slugColumn, slug), ne(key, exceptKey)))
      .get(),
  );
}

/** What a person typed, with the LIKE wildcards taken literally; use with `escape '\\'`. */
function likeLiteral(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column` contains `q` (case-insensitive for ASCII, as SQLite's LIKE is). */
export function contains(column: SQLWrapper, q: string): SQL {
  return sql`${column} like ${`%${likeLiteral(q)}%`} escape '\\'`;
}

/** `column` starts with `q`. */
export function startsWith(column: SQLWrapper, q: string): SQL {
  return sql`${column} like ${`${likeLiteral(q)}%`} escape '\\'`;
}

/** Rows per page of the desk's catalogue lists (films, people, companies). */
export const CATALOGUE_PAGE_SIZE = 20;

/** How many pages `total` rows fill; at least one, so an empty list still has a page 1. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

// ---------------------------------------------------------------------------------------------
// A review's content, named once: the working copy (reviews) and each revision (review_revisions)
// hold the same fields, and every copy between them goes through these helpers.

export const REVIEW_CONTENT_FIELDS = ['body', 'mark', 'seenOn', 'venue', 'containsSpoilers', 'headline', 'standfirst', 'seoTitle', 'seoDescription', 'leadImageId'] as const satisfies readonly (keyof ReviewContent)[];
type ReviewContentField = (typeof REVIEW_CONTENT_FIELDS)[number];
// Fails to compile when ReviewContent gains a field that the list above lacks.
const _everyField: [Exclude<keyof ReviewContent, ReviewContentField>] extends [never] ? true : never = true;

/** The content columns of the working copy or of a revision, to spread into a select. */
export function reviewContentColumns<T extends typeof reviews | typeof reviewRevisions>(table: T): Pick<T, ReviewContentField> {
  return Object.fromEntries(REVIEW_CONTENT_FIELDS.map((f) => [f, table[f]])) as Pick<T, ReviewContentField>;
}

/** The content fields of a row (working copy, revision or form input), to spread into an insert or update. */
export function reviewContentOf<T extends Record<ReviewContentField, unknown>>(row: T): Pick<T, ReviewContentField> {
  return Object.fromEntries(REVIEW_CONTENT_FIELDS.map((f) => [f, row[f]])) as Pick<T, ReviewContentField>;
}

/** A stored row's content with its body reduced to the rich-text allow-list, ready to render or edit. */
export function sanitizedReviewContent(row: Omit<ReviewContent, 'body'> & { body: unknown }, options: SanitizeOptions = {}): ReviewContent {
  return { ...reviewContentOf(row), body: sanitizeDoc(row.body, options) };
}
