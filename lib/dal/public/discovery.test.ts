import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewerProfiles, reviews } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { FieldConflict } from '../errors';

describe('public discovery reads', () => {
  const { db } = useTempDatabase();
  let films: typeof import('./films');
  let people: typeof import('./people');
  let reviewers: typeof import('./reviewers');
  let mulderId = 0;

  beforeAll(async () => {
    await seedDemo(db);
    mulderId = (await db.select().from(reviewerProfiles).where(eq(reviewerProfiles.slug, 'mulder')))[0]!.userId;
    [films, people, reviewers] = await Promise.all([import('./films'), import('./people'), import('./reviewers')]);
  });

  it('lists every film, newest release first, with the right first release', async () => {
    const r = await films.listFilms({}, 1);
    expect(r.total).toBe(15);
    expect(r.films[0]!.firstRelease).toBe('2026-12-18');
    const ballerina = r.films.find((f) => f.slug === 'from-the-world-of-john-wick-ballerina')!;
    expect(ballerina.firstRelease).toBe('2025-06-04');
    expect(ballerina.directors).toEqual(['Len Wiseman']);
    expect(ballerina.averageMark).toBe(7.5);
  });

  it('filters by genre, year, critic and mark range, and sorts', async () => {
    const slugs = async (f: Parameters<typeof films.listFilms>[0]) => (await films.listFilms(f)).films.map((x) => x.slug);
    expect(await slugs({ genre: 'horror', sort: 'title' })).toEqual(['sinners', 'the-substance']);
    expect(await slugs({ year: 2025 })).toEqual(['from-the-world-of-john-wick-ballerina', 'sinners']);
    const mulder = await slugs({ reviewer: 'mulder' });
    expect(mulder).toContain('from-the-world-of-john-wick-ballerina');
    expect(mulder).not.toContain('anatomy-of-a-fall');
    const top = await films.listFilms({ minMark: 9, sort: 'mark' });
    expect(top.films.every((f) => f.averageMark! >= 9)).toBe(true);
    const low = await films.listFilms({ maxMark: 6 });
    expect(low.films.every((f) => f.averageMark !== null && f.averageMark <= 6)).toBe(true);
    const byMark = (await films.listFilms({ sort: 'mark' })).films.map((f) => f.averageMark);
    const marked = byMark.filter((m) => m !== null) as number[];
    expect(marked).toEqual([...marked].sort((a, b) => b - a));
    expect(byMark.slice(-2)).toEqual([null, null]);
  });

  it('puts upcoming cinema releases in "Coming soon" and nothing old in "Now in cinemas"', async () => {
    const home = await films.listHomeFilms('2026-11-25');
    expect(home.comingSoon.map((f) => f.slug).sort()).toEqual(['avengers-doomsday', 'dune-part-three']);
    expect(home.inCinemas).toEqual([]);
    expect((await films.listHomeFilms('2025-06-10')).inCinemas.map((f) => f.slug)).toEqual(['from-the-world-of-john-wick-ballerina']);
    expect(home.bestMarked.length).toBeGreaterThan(0);
    expect(home.bestMarked.every((f) => f.markCount >= 1)).toBe(true);
  });

  it('builds a filmography grouped by role, with characters and marks', async () => {
    const keanu = await people.getPersonPage('keanu-reeves');
    expect(keanu?.roles.map((r) => r.role)).toEqual(['cast']);
    expect(keanu?.roles[0]!.films[0]).toMatchObject({ slug: 'from-the-world-of-john-wick-ballerina', character: 'John Wick', averageMark: 7.5 });
    expect(await people.getPersonPage('nobody-at-all')).toBeNull();
  });

  it('lists critics most prolific first, the first few for the home page', async () => {
    const all = await reviewers.listReviewers();
    expect(all.map((r) => r.reviewCount)).toEqual([...all.map((r) => r.reviewCount)].sort((a, b) => b - a));
    expect(all.length).toBeGreaterThan(2);
    expect(await reviewers.listReviewers(2)).toEqual(all.slice(0, 2));
  });

  it('gives a critic diary by viewing date, public reviews only, with the mark distribution', async () => {
    const before = await reviewers.getReviewerDiary(mulderId);
    const dates = before.entries.map((e) => e.seenOn!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(before.distribution.reduce((a, b) => a + b.count, 0)).toBe(before.total);
    // Scheduling one of Mulder's reviews for tomorrow takes it out of the diary and the chart.
    const [one] = await db.select().from(reviews).where(eq(reviews.authorId, mulderId));
    await db.update(reviews).set({ publishedAt: new Date(Date.now() + 86_400_000) }).where(eq(reviews.id, one!.id));
    const after = await reviewers.getReviewerDiary(mulderId);
    expect(after.total).toBe(before.total - 1);
    expect(after.entries.map((e) => e.id)).not.toContain(one!.id);
    expect(await reviewers.getReviewerProfile('nobody')).toBeNull();
  });

  it('a critic who changes address keeps the old one answering, and nobody else can take it', async () => {
    const staff = await import('../desk/staff');
    const sabineId = (await db.select().from(reviewerProfiles).where(eq(reviewerProfiles.slug, 'sabine')))[0]!.userId;
    actAs(mulderId);
    await staff.updateOwnProfile({ penName: 'Mulder', slug: 'fox-mulder', bio: '' });
    expect(await reviewers.movedReviewerSlug('mulder')).toBe('fox-mulder');
    actAs(sabineId);
    await expect(staff.updateOwnProfile({ penName: 'Sabine', slug: 'mulder', bio: '' })).rejects.toBeInstanceOf(FieldConflict);
    // Mulder may take his old address back; then it is his page again, not a redirect.
    actAs(mulderId);
    await staff.updateOwnProfile({ penName: 'Mulder', slug: 'mulder', bio: '' });
    expect(await reviewers.movedReviewerSlug('mulder')).toBeNull();
    expect(await reviewers.movedReviewerSlug('fox-mulder')).toBe('mulder');
  });
});
