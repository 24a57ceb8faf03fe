import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { films, reviewRevisions, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { reviewDraftSchema } from '@/lib/validation/review';
import { Conflict, InvalidTransition, NotAllowed, Refused } from '../errors';

const { db } = useTempDatabase();
let dal: typeof import('./reviews');
let filmsDal: typeof import('../public/films');
let mulder = 0;
let editor = 0;
let filmId = 0;

const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())!.id;
const draft = (text: string, extra: Record<string, unknown> = {}) =>
  reviewDraftSchema.parse({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, mark: 8, ...extra });

beforeAll(async () => {
  // Ballerina (reviewed by Mulder and Sabine) and Oppenheimer.
  await seedDemo(db, demoFilms.slice(0, 2));
  mulder = await idOf('mulder@bobine.test');
  editor = await idOf('editor@bobine.test');
  filmId = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'from-the-world-of-john-wick-ballerina')).get())!.id;
  dal = await import('./reviews');
  filmsDal = await import('../public/films');
});

describe('saving reviews', () => {
  it('stores only allow-listed rich text, whatever the client sends', async () => {
    actAs(mulder);
    const anatomy = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
    const id = await dal.startReview(anatomy);
    const hostile = reviewDraftSchema.parse({
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { style: 'color:red' }, content: [{ type: 'text', text: 'Hi', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
          { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        ],
      },
    });
    const v = (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, id)).get())!.v;
    await dal.saveReview(id, v, hostile, 'manual');
    const row = (await db.select({ body: reviews.body }).from(reviews).where(eq(reviews.id, id)).get())!;
    expect(row.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'alert(1)' }] },
      ],
    });
  });

  it('refuses a save over a newer version and changes nothing', async () => {
    actAs(mulder);
    const [row] = await db.select().from(reviews).where(eq(reviews.filmId, filmId));
    const mine = (await db.select().from(reviews).where(eq(reviews.authorId, mulder))).find((r) => r.filmId === filmId)!;
    expect(row).toBeDefined();
    await dal.saveReview(mine.id, mine.version, draft('First.'), 'manual');
    const before = await db.select().from(reviews).where(eq(reviews.id, mine.id)).get();
    await expect(dal.saveReview(mine.id, mine.version, draft('Stale.'), 'manual')).rejects.toBeInstanceOf(Conflict);
    expect(await db.select().from(reviews).where(eq(reviews.id, mine.id)).get()).toEqual(before);
  });

  it('keeps the live version public while an edit of a published review waits for review', async () => {
    actAs(mulder);
    const mine = (await db.select().from(reviews).where(eq(reviews.authorId, mulder))).find((r) => r.filmId === filmId)!;
    // The previous test left a draft working copy over the live revision.
    expect(mine.status).toBe('draft');
    expect(mine.liveRevisionId).not.toBeNull();
    const page = await filmsDal.getFilmPage('from-the-world-of-john-wick-ballerina');
    if (page.kind !== 'film') throw new Error('missing');
    const mulderReview = page.film.reviews.find((r) => r.reviewer.penName === 'Mulder')!;
    expect(JSON.stringify(mulderReview.body)).toContain('exhilarating');
    expect(JSON.stringify(mulderReview.body)).not.toContain('First.');

    // Submit, approve, publish: now the new text is live.
    const submitted = await dal.transitionReview(mine.id, 'submit', mine.version);
    actAs(editor);
    const approved = await dal.transitionReview(mine.id, 'approve', submitted.version);
    await dal.transitionReview(mine.id, 'publish', approved.version);
    const after = await filmsDal.getFilmPage('from-the-world-of-john-wick-ballerina');
    if (after.kind !== 'film') throw new Error('missing');
    expect(JSON.stringify(after.film.reviews.find((r) => r.reviewer.penName === 'Mulder')!.body)).toContain('First.');
    const revisions = await db.select({ reason: reviewRevisions.reason }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, mine.id));
    expect(revisions.map((r) => r.reason)).toEqual(['publish', 'save', 'submit', 'approve', 'publish']);
  });

  it('refuses to schedule in the past', async () => {
    actAs(editor);
    const mine = (await db.select().from(reviews).where(eq(reviews.authorId, mulder))).find((r) => r.filmId === filmId)!;
    await expect(dal.transitionReview(mine.id, 'schedule', mine.version, { publishAt: new Date(Date.now() - 60_000) })).rejects.toBeInstanceOf(
      InvalidTransition,
    );
  });

  it('tells a permission refusal (403) from a refusal of the review’s state (a message)', async () => {
    actAs(mulder);
    const oppenheimer = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
    const id = await dal.startReview(oppenheimer);
    const { version } = (await db.select({ version: reviews.version }).from(reviews).where(eq(reviews.id, id)).get())!;
    const saved = await dal.saveReview(id, version, draft('Mine.'), 'manual');
    const submitted = await dal.transitionReview(id, 'submit', saved.version);
    // In review, the author may not change the text: a rule of the state, told as a message.
    await expect(dal.saveReview(id, submitted.version, draft('Sneaky.'), 'manual')).rejects.toBeInstanceOf(Refused);
    // Another reviewer may not touch it at all, and nobody but the desk may approve it.
    actAs(await idOf('sabine@bobine.test'));
    await expect(dal.saveReview(id, submitted.version, draft('Not hers.'), 'manual')).rejects.toBeInstanceOf(NotAllowed);
    actAs(mulder);
    await expect(dal.transitionReview(id, 'approve', submitted.version)).rejects.toBeInstanceOf(NotAllowed);
  });
});
