import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { filmSlugRedirects, films, reviews } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import type { DemoFilm } from '@/db/seed/types';
import { useTempDatabase } from '@/lib/test/temp-db';

const film: DemoFilm = {
  slug: 'test-film',
  title: 'Test Film',
  originalTitle: 'Film d’essai',
  synopsis: 'A film that exists for tests.',
  releaseKind: 'cinema',
  runtimeMinutes: 101,
  genres: ['Drama'],
  releases: [
    { country: 'us', date: '2025-06-06' },
    { country: 'FR', date: '2025-06-04' },
  ],
  crew: { director: ['Ada Director'], writer: ['Ada Director', 'Bo Writer'] },
  cast: [
    { name: 'Cy Lead', character: 'The Lead' },
    { name: 'Di Second' },
  ],
  companies: { production: ['Test Pictures'], distribution: ['Test Releasing'] },
  reviews: [
    { critic: 'mulder', mark: 8, seenOn: '2025-05-28', venue: 'Grand Rex', body: ['Published **now**.'] },
    { critic: 'sabine', mark: 2, seenOn: '2025-05-21', venue: 'Le Champo', body: ['Scheduled.'] },
    { critic: 'margaux', mark: 4, seenOn: '2025-05-21', venue: 'MK2', body: ['Draft.'] },
  ],
};

describe('film page reads', () => {
  const { db } = useTempDatabase();
  let getFilmPage: typeof import('./films').getFilmPage;

  beforeAll(async () => {
    await seedDemo(db, [film]);
    const all = await db.select().from(reviews);
    const [, scheduled, draft] = all;
    // Sabine's review is scheduled for tomorrow; Margaux's has never been published.
    await db.update(reviews).set({ publishedAt: new Date(Date.now() + 86_400_000) }).where(eq(reviews.id, scheduled!.id));
    await db.update(reviews).set({ liveRevisionId: null, publishedAt: null, status: 'draft' }).where(eq(reviews.id, draft!.id));
    const [row] = await db.select().from(films);
    await db.insert(filmSlugRedirects).values({ slug: 'old-test-film', filmId: row!.id });
    ({ getFilmPage } = await import('./films'));
  });

  it('shows only reviews whose publication time has passed, and averages only those', async () => {
    const found = await getFilmPage('test-film');
    expect(found.kind).toBe('film');
    if (found.kind !== 'film') return;
    expect(found.film.reviews.map((r) => r.reviewer.penName)).toEqual(['Mulder']);
    expect(found.film.averageMark).toBe(8);
    expect(found.film.markCount).toBe(1);
  });

  it('groups credits by role in billing order and sorts releases by date', async () => {
    const found = await getFilmPage('test-film');
    if (found.kind !== 'film') throw new Error('missing');
    expect(found.film.credits.map((c) => c.role)).toEqual(['director', 'writer', 'cast']);
    expect(found.film.credits.find((c) => c.role === 'cast')!.people).toEqual([
      { slug: 'cy-lead', name: 'Cy Lead', character: 'The Lead' },
      { slug: 'di-second', name: 'Di Second', character: null },
    ]);
    expect(found.film.releases.map((r) => r.country)).toEqual(['FR', 'US']);
    expect(found.film.companies).toEqual([
      { role: 'production', companies: [{ slug: 'test-pictures', name: 'Test Pictures' }] },
      { role: 'distribution', companies: [{ slug: 'test-releasing', name: 'Test Releasing' }] },
    ]);
  });

  it('redirects an old slug and reports a missing one', async () => {
    expect(await getFilmPage('old-test-film')).toEqual({ kind: 'redirect', slug: 'test-film' });
    expect(await getFilmPage('no-such-film')).toEqual({ kind: 'missing' });
  });
});
