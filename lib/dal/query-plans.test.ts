/**
 * The hot public queries must find their rows through an index, never by reading a whole big table.
 * Each query is EXPLAINed exactly as the DAL builds it (the builders are exported for this).
 *
 * Accepted exceptions, each because reading every row IS the query:
 * - search: `SCAN <index>_fts VIRTUAL TABLE` is FTS5 answering MATCH from its own index.
 * - the count of /films without a filter reads an index of film_stats (no row).
 *
 * Lists sorted for a page must also read their sort order from an index: no `TEMP B-TREE` over
 * a big table (a temp B-tree over at most one page of rows is fine).
 */
import { SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed';
import { useTempDatabase } from '@/lib/test/temp-db';

const BIG_TABLES = ['film_stats', 'reviewer_stats', 'films', 'people', 'credits', 'reviews', 'review_revisions', 'releases', 'film_genres', 'reviewer_profiles', 'users'];

type PlanRow = { id: number; parent: number; detail: string };

describe('query plans of the hot public queries', () => {
  const { db, sqlite } = useTempDatabase();
  let films: typeof import('./public/films');
  let people: typeof import('./public/people');
  let reviewers: typeof import('./public/reviewers');
  let reviewsPublic: typeof import('./public/reviews');
  let search: typeof import('./public/search');
  let typo: typeof import('./public/search-typo');

  beforeAll(async () => {
    await seedDemo(db);
    [films, people, reviewers, reviewsPublic, search, typo] = await Promise.all([
      import('./public/films'),
      import('./public/people'),
      import('./public/reviewers'),
      import('./public/reviews'),
      import('./public/search'),
      import('./public/search-typo'),
    ]);
  });

  const dialect = new SQLiteSyncDialect();
  const plan = (q: { toSQL(): { sql: string; params: unknown[] } } | SQL): string[] => {
    const { sql: text, params } = q instanceof SQL ? dialect.sqlToQuery(q) : q.toSQL();
    return (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as PlanRow[]).map((r) => r.detail);
  };

  /** Full scans of big tables, minus the accepted ones. */
  const scans = (details: string[], allowed: string[] = []) =>
    details.filter((d) => {
      const m = /^SCAN (\w+)(?: AS \w+)?(.*)$/.exec(d);
      if (!m) return false;
      const [, table, rest] = m;
      if (/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(rest ?? '')) return false;
      return BIG_TABLES.includes(table!) && !allowed.includes(table!);
    });

  it('film page', () => {
    const q = films.filmPageQueries(db, 1);
    for (const query of [q.genres, q.releases, q.credits, q.companies, reviewsPublic.publicReviewsOfFilmQuery(db, 1)]) {
      expect(scans(plan(query))).toEqual([]);
    }
  });

  /** Sorts of many rows: a temp B-tree anywhere but over the final page (the outer query). */
  const bigSorts = (details: string[]) => details.filter((d) => /USE TEMP B-TREE FOR ORDER BY/.test(d));

  it('/films: every sort and filter reads film_stats through an index, and the page is chosen on the index', () => {
    const filters = [
      {},
      { sort: 'mark' as const },
      { sort: 'title' as const },
      { genre: 'action' },
      { reviewer: 'mulder' },
      { year: 2024 },
      { minMark: 6, maxMark: 10, sort: 'mark' as const },
      { genre: 'drama', reviewer: 'sabine' },
    ];
    for (const f of filters) {
      const details = plan(films.filmListQuery(db, f, 2));
      expect(scans(details), JSON.stringify(f)).toEqual([]);
      expect(scans(plan(films.filmCountQuery(db, f)))).toEqual([]);
    }
    // Unfiltered sorts walk their own index: no sort of the catalogue at all, only of the final page.
    for (const sort of [undefined, 'mark' as const, 'title' as const]) {
      const details = plan(films.filmListQuery(db, { sort }, 2000));
      expect(details.some((d) => /film_stats USING (COVERING )?INDEX film_stats_(release|mark|title)_idx/.test(d)), JSON.stringify(details)).toBe(true);
      expect(bigSorts(details).length, JSON.stringify(details)).toBeLessThanOrEqual(1);
    }
    // Keyset pages: every segment seeks in the sort's own index (a range, not a SCAN from its
    // start) and reads no row; forward and backward, from a film with and without NULL keys.
    const indexOf = { release: 'film_stats_release_idx', mark: 'film_stats_mark_idx', title: 'film_stats_title_idx' } as const;
    const cursors = { release: [['2024-01-01', 'Beta', 5], [null, 'Beta', 5]], mark: [[6.5, 2, 'Beta', 5], [null, 0, 'Beta', 5]], title: [['Beta', 5]] } as const;
    for (const sort of ['release', 'mark', 'title'] as const) {
      for (const values of cursors[sort]) {
        for (const reverse of [false, true]) {
          for (const segment of films.filmKeysetSegmentsFor(sort, [...values], reverse)) {
            const details = plan(films.filmKeysetQuery(db, { sort }, segment, reverse, 24));
            const text = JSON.stringify({ sort, values, reverse, details });
            expect(details.join(' '), text).toMatch(new RegExp(`^SEARCH film_stats USING COVERING INDEX ${indexOf[sort]} \\(`));
            expect(bigSorts(details), text).toEqual([]);
          }
        }
      }
    }
    // The span of years of the filter form: one seek at each end of the release index.
    const years = plan(films.filmYearRangeSql);
    expect(scans(years)).toEqual([]);
    expect(years.filter((d) => /film_stats_release_idx/.test(d)).length).toBe(2);
  });

  it('home page lists', () => {
    expect(scans(plan(films.nowInCinemasQuery(db, '2026-11-25')))).toEqual([]);
    expect(scans(plan(films.comingSoonQuery(db, '2026-11-25')))).toEqual([]);
    // Best marked reads the first rows of the mark index: no grouping of reviews, no sort.
    const best = plan(films.bestMarkedQuery(db));
    expect(scans(best)).toEqual([]);
    expect(best.some((d) => /film_stats USING INDEX film_stats_mark_idx/.test(d))).toBe(true);
    expect(bigSorts(best)).toEqual([]);
    expect(best.some((d) => /review/.test(d))).toBe(false);
  });

  it('the scheduled catch-up probe and the editors\' dashboard do not walk the published reviews', () => {
    const probe = plan(sql`select 1 as one from reviews where published_at > ${1} and published_at <= ${2} and live_revision_id is not null limit 1`);
    expect(probe.join(' ')).toMatch(/SEARCH reviews USING COVERING INDEX reviews_public_idx \(published_at>\? AND published_at<\?\)/);
    const desk = plan(sql`select id from reviews where status = 'approved' or (status = 'published' and published_at > ${Date.now()})`);
    expect(scans(desk)).toEqual([]);
    expect(desk.join(' ')).toMatch(/reviews_status_published_idx \(status=\? AND published_at>\?\)/);
    // Deleting a revision finds the reviews pointing at it by index.
    expect(scans(plan(sql`select id from reviews where live_revision_id = ${1}`))).toEqual([]);
  });

  it('person page', () => {
    expect(scans(plan(people.personCreditsQuery(db, 1)))).toEqual([]);
  });

  it('reviewer page', () => {
    expect(scans(plan(reviewers.reviewerDiaryQuery(db, 3, 1)))).toEqual([]);
    expect(scans(plan(reviewers.reviewerMarksQuery(db, 3)))).toEqual([]);
    // The visibility rule is checked in the index, without reading the review rows' bodies.
    expect(plan(reviewers.reviewerMarksQuery(db, 3)).join(' ')).toMatch(/reviews USING (COVERING )?INDEX reviews_author_public_idx/);
  });

  it('search', () => {
    const match = '"wick"*';
    for (const q of [search.filmSearchQuery(match, 5, 0), search.personSearchQuery(match, 5, 0), search.reviewSearchQuery(match, 5, 0)]) {
      const details = plan(q);
      expect(details.some((d) => /VIRTUAL TABLE/.test(d))).toBe(true);
      expect(scans(details)).toEqual([]);
    }
    for (const q of [typo.filmTypoCandidatesQuery('"bal" OR "ler"'), typo.personTypoCandidatesQuery('"wis" OR "man"')]) {
      const details = plan(q);
      expect(details.some((d) => /VIRTUAL TABLE/.test(d))).toBe(true);
      expect(scans(details)).toEqual([]);
    }
  });

  it('the check itself notices a full scan', () => {
    expect(scans(plan(sql`select * from reviews where venue = 'Grand Rex'`))).toEqual(['SCAN reviews']);
  });
});
