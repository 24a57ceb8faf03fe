import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { films, people, reviewRevisions, reviews } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { HIT_END, HIT_START } from '@/lib/search-query';
import { useTempDatabase } from '@/lib/test/temp-db';

describe('public search', () => {
  const { db, sqlite } = useTempDatabase();
  let search: typeof import('./search').search;
  const ids = { scheduled: 0, draft: 0, spoiler: 0 };

  beforeAll(async () => {
    await seedDemo(db);
    const rows = await db
      .select({ id: reviews.id, slug: films.slug, spoilers: reviewRevisions.containsSpoilers })
      .from(reviews)
      .innerJoin(films, eq(films.id, reviews.filmId))
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.liveRevisionId));
    const oppenheimer = rows.filter((r) => r.slug === 'oppenheimer');
    const sinners = rows.find((r) => r.slug === 'sinners')!;
    ids.scheduled = oppenheimer[0]!.id;
    ids.draft = sinners.id;
    ids.spoiler = rows.find((r) => r.spoilers)!.id;
    // One Oppenheimer review is scheduled for tomorrow; the Sinners review is taken back to draft.
    await db.update(reviews).set({ publishedAt: new Date(Date.now() + 86_400_000) }).where(eq(reviews.id, ids.scheduled));
    await db.update(reviews).set({ liveRevisionId: null, publishedAt: null, status: 'draft' }).where(eq(reviews.id, ids.draft));
    ({ search } = await import('./search'));
  });

  it('finds a person by name and by prefix', async () => {
    const r = await search('Wiseman');
    expect(r.people.hits.map((p) => p.slug)).toContain('len-wiseman');
    expect(r.people.hits[0]!.nameHighlighted).toBe(`Len ${HIT_START}Wiseman${HIT_END}`);
    expect((await search('Wise')).people.hits.map((p) => p.slug)).toContain('len-wiseman');
  });

  it('finds the film with or without the accent, and by prefix', async () => {
    for (const q of ['ballerina', 'ballérina', 'BALLÉRINA', 'balle']) {
      const r = await search(q);
      expect(r.films.hits[0]?.slug, q).toBe('from-the-world-of-john-wick-ballerina');
    }
  });

  it('ranks title matches before original-title-only matches', async () => {
    const r = await search('dune');
    expect(r.films.hits.map((f) => f.slug).slice(0, 2).sort()).toEqual(['dune-part-three', 'dune-part-two']);
  });

  it('returns highlighted review excerpts of published reviews', async () => {
    const r = await search('pirouette');
    expect(r.reviews.hits.length).toBeGreaterThan(0);
    expect(r.reviews.hits[0]!.snippet).toContain(`${HIT_START}pirouette${HIT_END}`);
  });

  it('never returns a draft, a scheduled review or the text of a spoiler review', async () => {
    const all = await search('the', { only: 'reviews', perKind: 100 });
    const found = all.reviews.hits.map((h) => h.id);
    expect(all.reviews.total).toBe(found.length);
    expect(found.length).toBeGreaterThan(5);
    expect(found).not.toContain(ids.scheduled);
    expect(found).not.toContain(ids.draft);
    expect(found).not.toContain(ids.spoiler);
    // The spoiler review names the new Pope; nothing of it comes back.
    expect((await search('Benítez intersex')).reviews.hits).toEqual([]);
  });

  it('keeps the index in step on writes (triggers)', async () => {
    const [film] = await db.insert(films).values({ slug: 'le-samourai', title: 'Le Samouraï' }).returning();
    expect((await search('samourai')).films.hits.map((f) => f.slug)).toEqual(['le-samourai']);
    await db.update(films).set({ title: 'The Samurai', originalTitle: 'Le Samouraï' }).where(eq(films.id, film!.id));
    expect((await search('samurai')).films.hits.map((f) => f.slug)).toEqual(['le-samourai']);
    await db.delete(films).where(eq(films.id, film!.id));
    expect((await search('samourai')).films.total).toBe(0);

    const [person] = await db.insert(people).values({ slug: 'jean-pierre-melville', name: 'Jean-Pierre Melville' }).returning();
    expect((await search('melville')).people.total).toBe(1);
    await db.delete(people).where(eq(people.id, person!.id));
    expect((await search('melville')).people.total).toBe(0);

    // Publishing the draft again brings its text back; flagging its live revision as a spoiler removes it.
    const [rev] = await db.select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, ids.draft));
    await db.update(reviews).set({ liveRevisionId: rev!.id, publishedAt: new Date(Date.now() - 1000) }).where(eq(reviews.id, ids.draft));
    expect((await search('juke joint', { only: 'reviews' })).reviews.hits.map((h) => h.id)).toContain(ids.draft);
    await db.update(reviewRevisions).set({ containsSpoilers: true }).where(eq(reviewRevisions.id, rev!.id));
    expect((await search('juke joint', { only: 'reviews' })).reviews.hits.map((h) => h.id)).not.toContain(ids.draft);
  });

  it('finds a review by its headline and standfirst, and follows a correction of either', async () => {
    const [live] = await db
      .select({ reviewId: reviews.id, revisionId: reviewRevisions.id })
      .from(reviews)
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.liveRevisionId))
      .where(eq(reviewRevisions.containsSpoilers, false))
      .limit(1);
    await db.update(reviewRevisions).set({ headline: 'Xylophonic fury', standfirst: 'A zarzuela of blades.' }).where(eq(reviewRevisions.id, live!.revisionId));
    const byHeadline = await search('xylophonic', { only: 'reviews' });
    expect(byHeadline.reviews.hits.map((h) => h.id)).toEqual([live!.reviewId]);
    expect(byHeadline.reviews.hits[0]!.snippet).toContain(`${HIT_START}Xylophonic${HIT_END}`);
    expect((await search('zarzuela', { only: 'reviews' })).reviews.hits.map((h) => h.id)).toEqual([live!.reviewId]);
    await db.update(reviewRevisions).set({ headline: null }).where(eq(reviewRevisions.id, live!.revisionId));
    expect((await search('xylophonic', { only: 'reviews' })).reviews.total).toBe(0);
  });

  it('forgives a typo when nothing matches as typed, and only then', async () => {
    const r = await search('balerina');
    expect(r.films.hits[0]?.slug).toBe('from-the-world-of-john-wick-ballerina');
    expect(r.films.corrected).toBe(true);
    expect(r.films.hits[0]!.titleHighlighted).toContain(`${HIT_START}Ballerina${HIT_END}`);
    expect((await search('wisman')).people.hits.map((p) => p.slug)).toContain('len-wiseman');
    // An exact match is never "corrected"; short words and far-off words are not guessed.
    expect((await search('ballerina')).films.corrected).toBeUndefined();
    expect((await search('zzzqqqxxx')).films.total).toBe(0);
  });

  it('does not correct a word that the reviews contain', async () => {
    // "Pirouete" is one letter from "pirouette", a word of a published review.
    sqlite.exec(`insert into films (slug, title) values ('pirouete', 'Pirouete')`);
    expect((await search('pirouete')).films.hits.map((f) => f.slug)).toEqual(['pirouete']);
    const r = await search('pirouette');
    expect(r.reviews.total).toBeGreaterThan(0);
    expect(r.films.total).toBe(0);
    expect(r.films.corrected).toBeUndefined();
    sqlite.exec(`delete from films where slug = 'pirouete'`);
  });

  it('bounds the work on a very common word: ranks and counts at most CANDIDATES matches, pages through them', async () => {
    const { CANDIDATES } = await import('./search');
    const n = CANDIDATES + 50;
    sqlite.exec(
      `with recursive k(v) as (select 1 union all select v + 1 from k where v < ${n}) insert into films (slug, title) select 'common-' || v, 'Quokka ' || v from k`,
    );
    const first = await search('quokka', { only: 'films', perKind: 20 });
    expect(first.films.total).toBe(CANDIDATES);
    expect(first.films.capped).toBe(true);
    expect(first.films.hits).toHaveLength(20);
    const second = await search('quokka', { only: 'films', perKind: 20, page: 2 });
    expect(second.films.hits).toHaveLength(20);
    expect(second.films.hits.map((h) => h.slug)).not.toContain(first.films.hits[0]!.slug);
    // A word that common is matched whole: "Quokkas" (newer than every "Quokka") is not among them.
    sqlite.exec(`insert into films (slug, title) values ('quokkas', 'Quokkas')`);
    expect((await search('quokka', { only: 'films', perKind: 20 })).films.hits.map((h) => h.slug)).not.toContain('quokkas');
    expect((await search('quokkas', { only: 'films' })).films.hits.map((h) => h.slug)).toEqual(['quokkas']);
    sqlite.exec(`delete from films where slug like 'common-%' or slug = 'quokkas'`);
  });

  it('answers hostile input without throwing', async () => {
    for (const q of ['"', '*', 'AND', 'NEAR(', 'a" OR "b', '', '^x:y']) await expect(search(q)).resolves.toBeDefined();
    expect((await search('')).films.total).toBe(0);
  });
});
