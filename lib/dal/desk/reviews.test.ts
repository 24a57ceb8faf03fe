import { and, asc, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, films, reviewRevisions, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { MAX_REVIEW_BODY_BYTES, MAX_REVIEW_WORDS } from '@/lib/rich-text/limits';
import { parseDraft, reviewDraftSchema, VENUE_TOO_LONG, SEEN_ON_FUTURE, MARK_REQUIRED } from '@/lib/validation/review';
import { Conflict, FieldConflict, FieldsNotReady, NotAllowed, Refused } from '../errors';

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
    // The events changed only the status: no copy of the text, the live version is the saved one,
    // and the audit log keeps the steps.
    expect(revisions.map((r) => r.reason)).toEqual(['publish', 'save']);
    const live = (await db.select({ liveRevisionId: reviews.liveRevisionId }).from(reviews).where(eq(reviews.id, mine.id)).get())!.liveRevisionId;
    const [, saved] = await db.select({ id: reviewRevisions.id }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, mine.id)).orderBy(asc(reviewRevisions.number));
    expect(live).toBe(saved!.id);
    const steps = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityType, 'review'), eq(auditEvents.entityId, mine.id)));
    expect(steps.map((e) => e.action)).toEqual(expect.arrayContaining(['review.submit', 'review.approve', 'review.publish']));
  });

  it('refuses to schedule in the past', async () => {
    actAs(editor);
    const mine = (await db.select().from(reviews).where(eq(reviews.authorId, mulder))).find((r) => r.filmId === filmId)!;
    await expect(dal.transitionReview(mine.id, 'schedule', mine.version, { publishAt: new Date(Date.now() - 60_000) })).rejects.toBeInstanceOf(
      FieldConflict,
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

describe('side fields never cost the writer the text', () => {
  const oppenheimer = async () => (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
  const rowOf = async (id: number) => (await db.select().from(reviews).where(eq(reviews.id, id)).get())!;
  const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  it('stores the body of a draft whatever the side fields hold; a field that cannot be stored keeps its value', async () => {
    actAs(await idOf('margaux@bobine.test'));
    const id = await dal.startReview(await oppenheimer());
    let row = await rowOf(id);
    const first = await dal.saveReview(id, row.version, parseDraft({ body: doc('One.'), mark: 6, seenOn: '2099-01-01', venue: 'v'.repeat(300) }).fields, 'autosave');
    row = await rowOf(id);
    // A future date and a long venue are a draft's business until it is submitted.
    expect(row).toMatchObject({ mark: 6, seenOn: '2099-01-01', venue: 'v'.repeat(300) });
    const { fields, rejected } = parseDraft({ body: doc('One. Two.'), mark: 14, seenOn: '2025-02-31', venue: 'Grand Rex' });
    expect(Object.keys(rejected)).toEqual(['mark', 'seenOn']);
    await dal.saveReview(id, first.version, fields, 'autosave');
    row = await rowOf(id);
    expect(JSON.stringify(row.body)).toContain('One. Two.');
    expect(row).toMatchObject({ mark: 6, seenOn: '2099-01-01', venue: 'Grand Rex' });
  });

  it('enforces the field rules when the review is submitted, and changes nothing when they fail', async () => {
    actAs(await idOf('margaux@bobine.test'));
    const id = await dal.startReview(await oppenheimer());
    const before = await rowOf(id);
    const refused = await dal
      .transitionReview(id, 'submit', before.version, { fields: parseDraft({ body: doc('Sent.'), mark: '', venue: 'v'.repeat(300) }).fields })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FieldsNotReady);
    expect((refused as FieldsNotReady).fieldErrors).toEqual({ mark: [MARK_REQUIRED], seenOn: [SEEN_ON_FUTURE], venue: [VENUE_TOO_LONG] });
    expect(await rowOf(id)).toEqual(before);
    const ready = await dal.transitionReview(id, 'submit', before.version, {
      fields: parseDraft({ body: doc('Sent.'), mark: 7, seenOn: '2024-03-01', venue: 'Grand Rex' }).fields,
    });
    expect(ready.status).toBe('in_review');

    // The desk may edit a review in review, but cannot approve it with a field that breaks the rules.
    actAs(editor);
    const edited = await dal.saveReview(id, ready.version, parseDraft({ body: doc('Sent.'), venue: 'v'.repeat(200) }).fields, 'manual');
    await expect(dal.transitionReview(id, 'approve', edited.version)).rejects.toBeInstanceOf(FieldsNotReady);
    const fixed = await dal.saveReview(id, edited.version, parseDraft({ body: doc('Sent.'), venue: 'Grand Rex' }).fields, 'manual');
    expect((await dal.transitionReview(id, 'approve', fixed.version)).status).toBe('approved');
  });
});

describe('the size of a review and of its history', () => {
  const doc = (...paragraphs: string[]) =>
    reviewDraftSchema.parse({ body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }, mark: 6 });
  let id = 0;
  const version = async () => (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, id)).get())!.v;
  const stored = async () => (await db.select().from(reviews).where(eq(reviews.id, id)).get())!;
  const history = async () =>
    (await db
      .select({ rows: count(), chars: sql<number>`coalesce(sum(length(${reviewRevisions.body})), 0)` })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, id))
      .get())!;

  beforeAll(async () => {
    actAs(editor);
    const oppenheimer = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
    id = await dal.startReview(oppenheimer);
    await dal.saveReview(id, await version(), doc('What was stored before.'), 'manual');
  });

  it.each([
    // One text node under the per-node cap, with more words than a review may hold.
    ['words', () => doc('a '.repeat(MAX_REVIEW_WORDS + 1)), /too long to save \(60,001 words; the limit is 60,000\)/],
    // Six words, but each text node near the per-node cap: more bytes than a review may hold.
    ['bytes', () => doc(...Array.from({ length: 6 }, () => 'x'.repeat(199_000))), /too large to save \(1,195 kB .*the limit is 1,000 kB\)/],
  ])('refuses a body over the %s cap, whatever the save, and keeps the stored text', async (_, big, message) => {
    actAs(editor);
    const before = await stored();
    const revisionsBefore = await history();
    for (const kind of ['manual', 'autosave'] as const) {
      const refused = dal.saveReview(id, before.version, big(), kind);
      await expect(refused).rejects.toBeInstanceOf(Refused);
      await expect(refused).rejects.toThrow(message);
    }
    await expect(dal.transitionReview(id, 'submit', before.version, { fields: big() })).rejects.toBeInstanceOf(Refused);
    expect(await stored()).toEqual(before);
    expect(await history()).toEqual(revisionsBefore);
  });

  it('stores a long review once however often it is saved unchanged, and again when it changes', async () => {
    actAs(editor);
    // About 950 kB and 36,500 words: under both caps.
    const long = () => doc(...Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxy '.repeat(7_300)));
    const size = JSON.stringify(long().body).length;
    expect(size).toBeGreaterThan(900_000);
    expect(size).toBeLessThan(MAX_REVIEW_BODY_BYTES);

    const before = await history();
    for (let i = 0; i < 3; i++) await dal.saveReview(id, await version(), long(), 'manual');
    // An autosave of the same text (the page-leave beacon after a save) copies nothing either.
    await dal.saveReview(id, await version(), long(), 'autosave');
    const after = await history();
    expect(after.rows - before.rows).toBe(1);
    expect(after.chars - before.chars).toBeLessThan(size * 1.01);

    // A real change, even of one field, is a new revision.
    const changed = { ...long(), mark: 7 };
    await dal.saveReview(id, await version(), changed, 'manual');
    expect((await history()).rows).toBe(after.rows + 1);
    expect((await stored()).mark).toBe(7);
  });

  it('names an autosaved step after the event, never rewrites the live revision, and still compares and restores', async () => {
    const sabine = await idOf('sabine@bobine.test');
    actAs(sabine);
    const anatomy = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
    // Sabine's published review of it (seeded): revision #1 is live.
    const own = await dal.startReview(anatomy);
    const v0 = (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, own)).get())!.v;
    const auto = await dal.saveReview(own, v0, draft('Autosaved, then sent.'), 'autosave');
    const submitted = await dal.transitionReview(own, 'submit', auto.version);
    actAs(editor);
    const approved = await dal.transitionReview(own, 'approve', submitted.version);
    const published = await dal.transitionReview(own, 'publish', approved.version);
    const reasons = async () =>
      (await db.select({ reason: reviewRevisions.reason }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, own)).orderBy(asc(reviewRevisions.number))).map(
        (r) => r.reason,
      );
    // The autosave revision became the submitted step; approve and publish copied nothing.
    expect(await reasons()).toEqual(['publish', 'submit']);
    const liveId = (await db.select({ id: reviews.liveRevisionId }).from(reviews).where(eq(reviews.id, own)).get())!.id!;
    const liveBefore = await db.select().from(reviewRevisions).where(eq(reviewRevisions.id, liveId)).get();

    // The author edits the published review: autosaves add a new revision and leave the live one alone.
    actAs(sabine);
    const edit1 = await dal.saveReview(own, published.version, draft('A second thought.'), 'autosave');
    await dal.saveReview(own, edit1.version, draft('A second thought, longer.'), 'autosave');
    expect(await db.select().from(reviewRevisions).where(eq(reviewRevisions.id, liveId)).get()).toEqual(liveBefore);
    expect(await reasons()).toEqual(['publish', 'submit', 'autosave']);

    const cmp = await dal.getRevisionComparison(own, 2, 3);
    expect(cmp.from.text).toBe('Autosaved, then sent.');
    expect(cmp.to.text).toBe('A second thought, longer.');
    const restored = await dal.restoreRevision(own, 2, cmp.version);
    expect(await reasons()).toEqual(['publish', 'submit', 'autosave', 'restore #2']);
    // Restoring what is already the working copy changes nothing in the history.
    await dal.restoreRevision(own, 4, restored.version);
    expect(await reasons()).toEqual(['publish', 'submit', 'autosave', 'restore #2']);
  });
});

describe('a headline and a standfirst', () => {
  it('are kept per revision like the body: the live one stays public while a new one is drafted', async () => {
    actAs(editor);
    const oppenheimer = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
    const id = await dal.startReview(oppenheimer);
    const v0 = (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, id)).get())!.v;
    const long = parseDraft({ body: draft('Text.').body, mark: 7, headline: 'h'.repeat(121) }).fields;
    const saved = await dal.saveReview(id, v0, long, 'manual');
    // Storable in a draft, not submittable: the refusal names the field.
    const refusal = await dal.transitionReview(id, 'submit', saved.version).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(FieldsNotReady);
    expect(Object.keys((refusal as FieldsNotReady).fieldErrors)).toEqual(['headline']);

    const fields = parseDraft({ body: draft('Text.').body, mark: 7, headline: 'The bomb, the man', standfirst: 'Nolan’s long fuse.' }).fields;
    const submitted = await dal.transitionReview(id, 'submit', saved.version, { fields });
    const approved = await dal.transitionReview(id, 'approve', submitted.version);
    const published = await dal.transitionReview(id, 'publish', approved.version);
    await dal.saveReview(id, published.version, parseDraft({ body: draft('Text.').body, headline: 'A later headline' }).fields, 'manual');

    const page = await filmsDal.getFilmPage('oppenheimer');
    if (page.kind !== 'film') throw new Error('missing');
    const live = page.film.reviews.find((r) => r.id === id)!;
    expect(live).toMatchObject({ headline: 'The bomb, the man', standfirst: 'Nolan’s long fuse.', seoTitle: null });
    const headlines = await db.select({ headline: reviewRevisions.headline }).from(reviewRevisions).where(eq(reviewRevisions.reviewId, id)).orderBy(asc(reviewRevisions.number));
    expect(headlines.map((r) => r.headline)).toEqual(expect.arrayContaining(['The bomb, the man', 'A later headline']));
  });
});

describe('the dashboard’s groups of one’s own reviews', () => {
  it('counts each group and pages it twenty at a time, a scheduled review in its own group', async () => {
    // A critic of their own with 45 published reviews and one scheduled, straight into the tables.
    const critic = (
      await db.insert(users).values({ email: 'prolific@bobine.test', name: 'Prolific Critic', role: 'reviewer', passwordHash: 'x' }).returning({ id: users.id }).get()
    ).id;
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Seen it.' }] }] };
    const base = Date.now() - 100 * 86_400_000;
    db.transaction((tx) => {
      for (let i = 0; i < 46; i++) {
        const film = tx.insert(films).values({ slug: `prolific-${i}`, title: `Prolific ${i}` }).returning({ id: films.id }).get().id;
        const at = new Date(base + i * 86_400_000);
        const publishedAt = i === 45 ? new Date(Date.now() + 86_400_000) : at;
        const review = tx
          .insert(reviews)
          .values({ filmId: film, authorId: critic, status: 'published', body, mark: 7, publishedAt, createdAt: at, updatedAt: at })
          .returning({ id: reviews.id })
          .get().id;
        const revision = tx
          .insert(reviewRevisions)
          .values({ reviewId: review, number: 1, authorId: critic, reason: 'publish', status: 'published', body, mark: 7, createdAt: at })
          .returning({ id: reviewRevisions.id })
          .get().id;
        tx.update(reviews).set({ liveRevisionId: revision }).where(eq(reviews.id, review)).run();
      }
    });
    actAs(critic);
    const { myReviewPagesSchema } = await import('@/lib/my-review-groups');
    const groups = async (q: Record<string, string>) => Object.fromEntries((await dal.listMyReviewGroups(myReviewPagesSchema.parse(q))).map((g) => [g.key, g]));

    const first = await groups({});
    expect(first.published!.total).toBe(45);
    expect(first.published!.pageCount).toBe(3);
    expect(first.published!.items.map((r) => r.film.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Prolific ${44 - i}`));
    expect(first.scheduled!.items.map((r) => r.film.title)).toEqual(['Prolific 45']);
    expect(first.drafts!.total).toBe(0);

    const third = await groups({ published: '3', scheduled: 'x' });
    expect(third.published!.items).toHaveLength(5);
    expect(third.scheduled!.page).toBe(1);
    // Past the last page: the last page.
    expect((await groups({ published: '99' })).published!.items.map((r) => r.film.title)).toEqual(third.published!.items.map((r) => r.film.title));
  });
});
