/**
 * Keyset paging of /films: walking the catalogue forward by "after the last film" and back by
 * "before the first film" gives exactly the pages OFFSET gives, in every sort, with ties and NULLs
 * in every sort key (films without a release or a mark, equal titles, equal averages).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { films } from '@/db/schema';
import { mulberry32 } from '@/lib/test/random';
import { useTempDatabase } from '@/lib/test/temp-db';
import type { FilmFilters } from '../types';

describe('/films keyset paging', () => {
  const { db, sqlite } = useTempDatabase();
  let m: typeof import('./films');
  const FILMS = 170; // eight pages, the last one short

  beforeAll(async () => {
    const rnd = mulberry32(10);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    await db.insert(films).values(Array.from({ length: FILMS }, (_, i) => ({ slug: `film-${i}`, title: pick(['Alpha', 'Beta', 'Gamma', 'Delta']) })));
    // film_stats is what /films reads; few distinct values make long runs of ties on every key.
    const update = sqlite.prepare('update film_stats set title = ?, first_release = ?, average_mark = ?, mark_count = ? where film_id = ?');
    for (const { id } of sqlite.prepare('select film_id as id from film_stats').all() as { id: number }[]) {
      const average = pick([null, 2 / 3, 5, 5, 7.5, 10]);
      update.run(pick(['Alpha', 'Beta', 'Gamma']), pick([null, '2024-01-01', '2024-01-01', '2025-06-04']), average, average === null ? 0 : pick([1, 2, 2, 3]), id);
    }
    m = await import('./films');
  });

  const idOf = (page: { films: { slug: string }[] }, i: number) => Number(sqlite.prepare('select id from films where slug = ?').pluck().get(page.films[i]!.slug));
  const filters: FilmFilters[] = [{}, { sort: 'mark' }, { sort: 'title' }, { minMark: 5, sort: 'mark' }, { year: 2024 }];

  it.each(filters)('forward and back give the OFFSET pages (%j)', async (f) => {
    const first = await m.listFilms(f, 1);
    expect(first.total).toBeGreaterThan(24);
    const byOffset = [first];
    for (let p = 2; p <= first.pageCount; p++) byOffset.push(await m.listFilms(f, p));
    const slugs = (page: { films: { slug: string }[] }) => page.films.map((x) => x.slug);
    // Every film exactly once over the pages: the order has no ties left.
    expect(new Set(byOffset.flatMap(slugs)).size).toBe(first.total);

    let page = first;
    for (let p = 2; p <= first.pageCount; p++) {
      page = await m.listFilms(f, p, { after: page.edges!.last });
      expect(slugs(page), `page ${p} forward`).toEqual(slugs(byOffset[p - 1]!));
    }
    for (let p = first.pageCount - 1; p >= 1; p--) {
      page = await m.listFilms(f, p, { before: page.edges!.first });
      expect(slugs(page), `page ${p} back`).toEqual(slugs(byOffset[p - 1]!));
    }
  });

  it('falls back to the page number when the cursor film is gone, and to page 1 when going back past the start', async () => {
    const second = await m.listFilms({}, 2);
    expect((await m.listFilms({}, 2, { after: 999_999 })).films).toEqual(second.films);
    const first = await m.listFilms({}, 1);
    // Before the tenth film: only nine precede it, so the first page, numbered 1.
    const beforeTenth = await m.listFilms({}, 3, { before: idOf(first, 9) });
    expect(beforeTenth.page).toBe(1);
    expect(beforeTenth.films).toEqual(first.films);
    const beforeFirst = await m.listFilms({}, 3, { before: first.edges!.first });
    expect(beforeFirst.page).toBe(1);
    expect(beforeFirst.films).toEqual(first.films);
  });

  it('links by number up to OFFSET_PAGES and by cursor beyond', () => {
    const edges = { first: 7, last: 9 };
    expect(m.filmPageLinks(1, 50, edges)).toEqual({ prev: null, next: { page: '2' } });
    expect(m.filmPageLinks(2, 50, edges).prev).toEqual({ page: undefined });
    expect(m.filmPageLinks(m.OFFSET_PAGES, 50, edges).next).toEqual({ after: '9', page: String(m.OFFSET_PAGES + 1) });
    expect(m.filmPageLinks(m.OFFSET_PAGES + 1, 50, edges).prev).toEqual({ page: String(m.OFFSET_PAGES) });
    expect(m.filmPageLinks(m.OFFSET_PAGES + 2, 50, edges).prev).toEqual({ before: '7', page: String(m.OFFSET_PAGES + 1) });
    expect(m.filmPageLinks(50, 50, edges).next).toBeNull();
  });
});
