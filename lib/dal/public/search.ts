/**
 * Public full-text search over the FTS5 indexes created in drizzle/0001_search.sql (kept in step by
 * triggers). The indexes are not Drizzle tables, so the queries are written with `sql`; the
 * visibility rule is still the shared `publicReviewWhere()`, applied when the query runs, so a
 * scheduled review appears in results the moment it goes public and a draft never does.
 */
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { films, people, reviewerProfiles, reviewRevisions, reviews } from '@/db/schema';
import { HIT_END, HIT_START, toFtsMatch } from '@/lib/search-query';
import { dynamicRead } from '../db';
import { publicReviewWhere } from '../visibility';
import type { SearchKind } from '@/lib/validation/public';
import { firstReleaseSql } from '../sql';
import type { FilmHit, PersonHit, ReviewHit, SearchResults } from '../types';

const hl = (table: string, column: number) => sql.raw(`highlight(${table}, ${column}, '${HIT_START}', '${HIT_END}')`);

// Title matches weigh twice as much as original-title matches in bm25 (lower rank = better).
export function filmSearchQuery(match: string, limit: number, offset: number): SQL {
  return sql`select ${films.slug} as slug, ${films.title} as title, ${hl('films_fts', 0)} as titleHighlighted,
      ${hl('films_fts', 1)} as originalTitleHighlighted, ${films.originalTitle} as originalTitle,
      ${firstReleaseSql} as firstRelease
    from films_fts join ${films} on ${films.id} = films_fts.rowid
    where films_fts match ${match}
    order by bm25(films_fts, 10.0, 5.0), ${films.title}
    limit ${limit} offset ${offset}`;
}

export function personSearchQuery(match: string, limit: number, offset: number): SQL {
  return sql`select ${people.slug} as slug, ${people.name} as name, ${hl('people_fts', 0)} as nameHighlighted,
      (select count(*) from credits c where c.person_id = ${people.id}) as creditCount
    from people_fts join ${people} on ${people.id} = people_fts.rowid
    where people_fts match ${match}
    order by bm25(people_fts), ${people.name}
    limit ${limit} offset ${offset}`;
}

/**
 * Reviews: the index holds only live, spoiler-free text; the join re-checks both (the live revision
 * and its spoiler flag) so that even a stale index row could not leak a spoiler or a draft.
 */
export function reviewSearchQuery(match: string, limit: number, offset: number): SQL {
  return sql`select ${reviews.id} as id, ${films.slug} as filmSlug, ${films.title} as filmTitle,
      ${reviewerProfiles.penName} as penName, ${reviewerProfiles.slug} as reviewerSlug, ${reviewRevisions.mark} as mark,
      snippet(reviews_fts, 0, '${sql.raw(HIT_START)}', '${sql.raw(HIT_END)}', '…', 24) as snippet
    from reviews_fts
      join ${reviews} on ${reviews.id} = reviews_fts.rowid
      join ${reviewRevisions} on ${reviewRevisions.id} = ${reviews.liveRevisionId}
      join ${films} on ${films.id} = ${reviews.filmId}
      join ${reviewerProfiles} on ${reviewerProfiles.userId} = ${reviews.authorId}
    where reviews_fts match ${match} and ${publicReviewWhere()} and ${reviewRevisions.containsSpoilers} = 0
    order by bm25(reviews_fts), ${reviews.publishedAt} desc
    limit ${limit} offset ${offset}`;
}

function countQuery(kind: SearchKind, match: string): SQL {
  if (kind === 'films') return sql`select count(*) as n from films_fts where films_fts match ${match}`;
  if (kind === 'people') return sql`select count(*) as n from people_fts where people_fts match ${match}`;
  return sql`select count(*) as n from reviews_fts
      join ${reviews} on ${reviews.id} = reviews_fts.rowid
      join ${reviewRevisions} on ${reviewRevisions.id} = ${reviews.liveRevisionId}
    where reviews_fts match ${match} and ${publicReviewWhere()} and ${reviewRevisions.containsSpoilers} = 0`;
}

const EMPTY: SearchResults = {
  films: { total: 0, hits: [] },
  people: { total: 0, hits: [] },
  reviews: { total: 0, hits: [] },
};

/**
 * Searches every kind, or one kind when `only` is given. `perKind` and `page` page each group
 * independently; the MATCH string is always built by toFtsMatch, never taken from the visitor.
 */
export async function search(
  text: string,
  { only, page = 1, perKind = 5 }: { only?: SearchKind; page?: number; perKind?: number } = {},
): Promise<SearchResults> {
  const match = toFtsMatch(text);
  if (!match) return EMPTY;
  const db = await dynamicRead();
  const offset = (Math.max(1, page) - 1) * perKind;
  const wanted = (k: SearchKind) => !only || only === k;
  const count = (k: SearchKind) => (wanted(k) ? (db.get<{ n: number }>(countQuery(k, match))?.n ?? 0) : 0);
  return {
    films: {
      total: count('films'),
      hits: wanted('films') ? db.all<FilmHit>(filmSearchQuery(match, perKind, offset)) : [],
    },
    people: {
      total: count('people'),
      hits: wanted('people') ? db.all<PersonHit>(personSearchQuery(match, perKind, offset)) : [],
    },
    reviews: {
      total: count('reviews'),
      hits: wanted('reviews') ? db.all<ReviewHit>(reviewSearchQuery(match, perKind, offset)) : [],
    },
  };
}
