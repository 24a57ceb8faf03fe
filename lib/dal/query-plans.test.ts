/**
 * The hot public queries must find their rows through an index, never by reading a whole big table.
 * Each query is EXPLAINed exactly as the DAL builds it (the builders are exported for this).
 *
 * Accepted exceptions, each because reading every row IS the query:
 * - /films without a genre or critic filter lists every film (or every film of a year or mark range),
 *   sorted on a computed value (first release or average), then paged: `SCAN films`. Each film costs
 *   indexed lookups only (releases by film, public reviews by film). With a genre or critic filter
 *   there is no scan of films.
 * - search: `SCAN <index>_fts VIRTUAL TABLE` is FTS5 answering MATCH from its own index.
 */
import { SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/db/seed';
import { useTempDatabase } from '@/lib/test/temp-db';

const BIG_TABLES = ['films', 'people', 'credits', 'reviews', 'review_revisions', 'releases', 'film_genres', 'reviewer_profiles', 'users'];

type PlanRow = { id: number; parent: number; detail: string };

describe('query plans of the hot public queries', () => {
  const { db, sqlite } = useTempDatabase();
  let films: typeof import('./public/films');
  let people: typeof import('./public/people');
  let reviewers: typeof import('./public/reviewers');
  let reviewsPublic: typeof import('./public/reviews');
  let search: typeof import('./public/search');

  beforeAll(async () => {
    await seedDemo(db);
    [films, people, reviewers, reviewsPublic, search] = await Promise.all([
      import('./public/films'),
      import('./public/people'),
      import('./public/reviewers'),
      import('./public/reviews'),
      import('./public/search'),
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

  it('/films with filters (a full list scans films, by design)', () => {
    const filters = [
      { genre: 'action' },
      { reviewer: 'mulder' },
      { year: 2024 },
      { minMark: 6, maxMark: 10, sort: 'mark' as const },
      { genre: 'drama', reviewer: 'sabine' },
    ];
    for (const f of filters) {
      const details = plan(films.filmListQuery(db, f, 2));
      // A genre or critic filter starts from its index: no scan of films at all.
      const selective = 'genre' in f || 'reviewer' in f;
      expect(scans(details, selective ? [] : ['films']), JSON.stringify(f)).toEqual([]);
      expect(scans(plan(films.filmCountQuery(db, f)), ['films'])).toEqual([]);
    }
  });

  it('home page lists', () => {
    expect(scans(plan(films.nowInCinemasQuery(db, '2026-11-25')))).toEqual([]);
    expect(scans(plan(films.comingSoonQuery(db, '2026-11-25')))).toEqual([]);
    // Best marked reads the public reviews (visibility index), not every film.
    expect(scans(plan(films.bestMarkedQuery(db)))).toEqual([]);
  });

  it('person page', () => {
    expect(scans(plan(people.personCreditsQuery(db, 1)))).toEqual([]);
  });

  it('reviewer page', () => {
    expect(scans(plan(reviewers.reviewerDiaryQuery(db, 3, 1)))).toEqual([]);
    expect(scans(plan(reviewers.reviewerMarksQuery(db, 3)))).toEqual([]);
  });

  it('search', () => {
    const match = '"wick"*';
    for (const q of [search.filmSearchQuery(match, 5, 0), search.personSearchQuery(match, 5, 0), search.reviewSearchQuery(match, 5, 0)]) {
      const details = plan(q);
      expect(details.some((d) => /VIRTUAL TABLE/.test(d))).toBe(true);
      expect(scans(details)).toEqual([]);
    }
  });

  it('the check itself notices a full scan', () => {
    expect(scans(plan(sql`select * from reviews where venue = 'Grand Rex'`))).toEqual(['SCAN reviews']);
  });
});
