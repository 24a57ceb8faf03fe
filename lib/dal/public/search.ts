/**
 * Public full-text search over the FTS5 indexes created in drizzle/0001_search.sql (kept in step by
 * triggers). The indexes are not Drizzle tables, so the queries are written with `sql`; the
 * visibility rule is still the shared `publicReviewWhere()`, applied when the query runs, so a
 * scheduled review appears in results the moment it goes public and a draft never does.
 */
import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { films, filmStats, people, reviewerProfiles, reviewRevisions, reviews } from '@/db/schema';
import { HIT_END, HIT_START, searchTerms, toFtsMatch } from '@/lib/search-query';
import { publicRead, type DB } from '../db';
import { publicReviewWhere } from '../visibility';
import type { SearchKind } from '@/lib/validation/public';
import type { FilmHit, PersonHit, ReviewHit, SearchGroup, SearchResults } from '../types';
import { filmsWithTypos, peopleWithTypos } from './search-typo';

const hl = (table: string, column: number) => sql.raw(`highlight(${table}, ${column}, '${HIT_START}', '${HIT_END}')`);

/**
 * At most this many matches of one kind are ranked. A common word can match most of the archive;
 * ranking and counting every match would cost in proportion to the archive, so the newest
 * CANDIDATES matches (FTS5 walks its index in rowid order, newest first, and stops) are ranked by
 * bm25 and paged, and the count says "more than CANDIDATES" rather than counting them all.
 */
export const CANDIDATES = 1000;

/**
 * The `hits` and `page` CTEs of a film or person search: the newest CANDIDATES matches of `fts`
 * scored by `rank`, then one page of them by score and `tiebreak`. The caller selects from `page`.
 */
function rankedPage(fts: string, rank: string, table: typeof films | typeof people, tiebreak: SQLWrapper, match: string, limit: number, offset: number): SQL {
  return sql`with hits as (
      select rowid as id, ${sql.raw(rank)} as score from ${sql.raw(fts)} where ${sql.raw(fts)} match ${match}
      order by rowid desc limit ${CANDIDATES}
    ), page as (
      select hits.id, hits.score from hits join ${table} on ${table.id} = hits.id
      order by hits.score, ${tiebreak} limit ${limit} offset ${offset}
    )`;
}

// Title matches weigh twice as much as original-title matches in bm25 (lower rank = better).
// The page is chosen on (id, score) alone; highlights are computed for its rows only.
export function filmSearchQuery(match: string, limit: number, offset: number): SQL {
  return sql`${rankedPage('films_fts', 'bm25(films_fts, 10.0, 5.0)', films, films.title, match, limit, offset)}
    select ${films.slug} as slug, ${films.title} as title, ${hl('films_fts', 0)} as titleHighlighted,
      ${hl('films_fts', 1)} as originalTitleHighlighted, ${films.originalTitle} as originalTitle,
      ${filmStats.firstRelease} as firstRelease
    from page join films_fts on films_fts.rowid = page.id
      join ${films} on ${films.id} = page.id
      join ${filmStats} on ${filmStats.filmId} = page.id
    where films_fts match ${match}
    order by page.score, ${films.title}`;
}

export function personSearchQuery(match: string, limit: number, offset: number): SQL {
  return sql`${rankedPage('people_fts', 'bm25(people_fts)', people, people.name, match, limit, offset)}
    select ${people.slug} as slug, ${people.name} as name, ${hl('people_fts', 0)} as nameHighlighted,
      (select count(*) from credits c where c.person_id = ${people.id}) as creditCount
    from page join people_fts on people_fts.rowid = page.id
      join ${people} on ${people.id} = page.id
    where people_fts match ${match}
    order by page.score, ${people.name}`;
}

/**
 * Reviews: the index holds the live revision's text, headline and standfirst (a headline match
 * weighs four times a word of the text, a standfirst match twice; the snippet is cut from the
 * column that matched best), for spoiler-free reviews only; the join re-checks both (the live revision
 * and its spoiler flag) so that even a stale index row could not leak a spoiler or a draft.
 */
export function reviewSearchQuery(match: string, limit: number, offset: number): SQL {
  return sql`with hits as (
      select rowid as id, bm25(reviews_fts, 1.0, 4.0, 2.0) as score from reviews_fts where reviews_fts match ${match}
      order by rowid desc limit ${CANDIDATES}
    ), page as (
      select hits.id, hits.score, ${reviews.publishedAt} as publishedAt from hits
        join ${reviews} on ${reviews.id} = hits.id
        join ${reviewRevisions} on ${reviewRevisions.id} = ${reviews.liveRevisionId}
      where ${publicReviewWhere()} and ${reviewRevisions.containsSpoilers} = 0
      order by hits.score, ${reviews.publishedAt} desc limit ${limit} offset ${offset}
    )
    select ${reviews.id} as id, ${films.slug} as filmSlug, ${films.title} as filmTitle,
      ${reviewerProfiles.penName} as penName, ${reviewerProfiles.slug} as reviewerSlug, ${reviewRevisions.mark} as mark,
      snippet(reviews_fts, -1, '${sql.raw(HIT_START)}', '${sql.raw(HIT_END)}', '…', 24) as snippet
    from page
      join reviews_fts on reviews_fts.rowid = page.id
      join ${reviews} on ${reviews.id} = page.id
      join ${reviewRevisions} on ${reviewRevisions.id} = ${reviews.liveRevisionId}
      join ${films} on ${films.id} = ${reviews.filmId}
      join ${reviewerProfiles} on ${reviewerProfiles.userId} = ${reviews.authorId}
    where reviews_fts match ${match}
    order by page.score, page.publishedAt desc`;
}

/**
 * When a word matches more than CANDIDATES rows, bm25 itself costs a pass over every match (it
 * counts the documents holding each term), and so does every extra FTS cursor. Such a word says
 * little about relevance anyway: results come newest first, in one pass that FTS5 answers in rowid
 * order and stops after the page; highlights are computed for the page's rows only.
 */
export function commonWordQuery(kind: SearchKind, match: string, limit: number, offset: number): SQL {
  if (kind === 'films') {
    return sql`select ${films.slug} as slug, ${films.title} as title, ${hl('films_fts', 0)} as titleHighlighted,
        ${hl('films_fts', 1)} as originalTitleHighlighted, ${films.originalTitle} as originalTitle, ${filmStats.firstRelease} as firstRelease
      from films_fts join ${films} on ${films.id} = films_fts.rowid join ${filmStats} on ${filmStats.filmId} = films_fts.rowid
      where films_fts match ${match} order by films_fts.rowid desc limit ${limit} offset ${offset}`;
  }
  if (kind === 'people') {
    return sql`select ${people.slug} as slug, ${people.name} as name, ${hl('people_fts', 0)} as nameHighlighted,
        (select count(*) from credits c where c.person_id = ${people.id}) as creditCount
      from people_fts join ${people} on ${people.id} = people_fts.rowid
      where people_fts match ${match} order by people_fts.rowid desc limit ${limit} offset ${offset}`;
  }
  return sql`select ${reviews.id} as id, ${films.slug} as filmSlug, ${films.title} as filmTitle,
      ${reviewerProfiles.penName} as penName, ${reviewerProfiles.slug} as reviewerSlug, ${reviewRevisions.mark} as mark,
      snippet(reviews_fts, -1, '${sql.raw(HIT_START)}', '${sql.raw(HIT_END)}', '…', 24) as snippet
    from reviews_fts
      join ${reviews} on ${reviews.id} = reviews_fts.rowid
      join ${reviewRevisions} on ${reviewRevisions.id} = ${reviews.liveRevisionId}
      join ${films} on ${films.id} = ${reviews.filmId}
      join ${reviewerProfiles} on ${reviewerProfiles.userId} = ${reviews.authorId}
    where reviews_fts match ${match} and ${publicReviewWhere()} and ${reviewRevisions.containsSpoilers} = 0
    order by reviews_fts.rowid desc limit ${limit} offset ${offset}`;
}

/** The number of matches among the first CANDIDATES + 1: more than CANDIDATES means "capped". */
function countQuery(kind: SearchKind, match: string): SQL {
  const bound = CANDIDATES + 1;
  if (kind === 'films') return sql`select count(*) as n from (select 1 from films_fts where films_fts match ${match} limit ${bound})`;
  if (kind === 'people') return sql`select count(*) as n from (select 1 from people_fts where people_fts match ${match} limit ${bound})`;
  return sql`select count(*) as n from (select rowid as id from reviews_fts where reviews_fts match ${match} order by rowid desc limit ${bound}) hits
      join ${reviews} on ${reviews.id} = hits.id
      join ${reviewRevisions} on ${reviewRevisions.id} = ${reviews.liveRevisionId}
    where ${publicReviewWhere()} and ${reviewRevisions.containsSpoilers} = 0`;
}

const FTS_TABLE: Record<SearchKind, string> = { films: 'films_fts', people: 'people_fts', reviews: 'reviews_fts' };

/**
 * The MATCH string for one kind. A word that on its own matches more than CANDIDATES rows of that
 * kind is matched as a whole word: its results are capped and newest first anyway, and as a prefix
 * it would make FTS5 merge the match lists of every longer word (at 300,000 reviews, "performance"*
 * took 20 ms per query against 0.2 ms for "performance"). Probing a word costs at most
 * CANDIDATES + 1 index entries.
 */
function matchFor(db: DB, kind: SearchKind, text: string): string | null {
  const table = sql.raw(FTS_TABLE[kind]);
  const common = new Set(
    searchTerms(text).filter((t) => (db.get<{ n: number }>(sql`select count(*) as n from (select 1 from ${table} where ${table} match ${`"${t}"`} limit ${CANDIDATES + 1})`)?.n ?? 0) > CANDIDATES),
  );
  return toFtsMatch(text, (t) => common.has(t));
}

function group<T>(n: number, hits: T[]): SearchGroup<T> {
  return n > CANDIDATES ? { total: CANDIDATES, hits, capped: true } : { total: n, hits };
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
  if (searchTerms(text).length === 0) return EMPTY;
  const db = await publicRead();
  const offset = (Math.max(1, page) - 1) * perKind;
  const wanted = (k: SearchKind) => !only || only === k;
  const ranked = { films: filmSearchQuery, people: personSearchQuery, reviews: reviewSearchQuery };
  const find = <T,>(k: SearchKind): SearchGroup<T> => {
    const match = wanted(k) ? matchFor(db, k, text) : null;
    if (!match) return group(0, []);
    const n = db.get<{ n: number }>(countQuery(k, match))?.n ?? 0;
    if (n === 0) return group(n, []);
    const q = n > CANDIDATES ? commonWordQuery(k, match, perKind, offset) : ranked[k](match, perKind, offset);
    return group(n, db.all<T>(q));
  };
  const results: SearchResults = { films: find<FilmHit>('films'), people: find<PersonHit>('people'), reviews: find<ReviewHit>('reviews') };
  // Nothing at all: perhaps a typo. A word the reviews contain is a word, not a typo (and the
  // trigram lookup costs tens of milliseconds at 100,000 films). Corrections fill the first page only.
  if (offset === 0 && results.films.total === 0 && results.people.total === 0 && results.reviews.total === 0) {
    if (wanted('films')) {
      const hits = filmsWithTypos(db, text, perKind);
      if (hits.length) results.films = { total: hits.length, hits, corrected: true };
    }
    if (wanted('people')) {
      const hits = peopleWithTypos(db, text, perKind);
      if (hits.length) results.people = { total: hits.length, hits, corrected: true };
    }
  }
  return results;
}
