import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorialComments, films, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { commentAnchorsIn } from '@/lib/rich-text/comment-key';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { reviewDraftSchema } from '@/lib/validation/review';
import { NotAllowed, Refused } from '../errors';

const { db } = useTempDatabase();
let dal: typeof import('./reviews');
let sabine = 0;
let mulder = 0;
let editor = 0;
let reviewId = 0;
const KEY = 'c0ffee00c0ffee00';

const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())!.id;
const version = async () => (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, reviewId)).get())!.v;
/** The review's text, `words` carrying the thread's mark when `marked`. */
const fields = (before: string, words: string, after: string, marked = true) =>
  reviewDraftSchema.parse({
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: before },
            ...(words ? [{ type: 'text', text: words, ...(marked ? { marks: [{ type: 'comment', attrs: { thread: KEY } }] } : {}) }] : []),
            { type: 'text', text: after },
          ],
        },
      ],
    },
    mark: 7,
    seenOn: '2025-05-28',
  });
const thread = async () => (await dal.getReviewForEditing(reviewId)).comments.find((c) => c.passage?.anchor === KEY)!;

beforeAll(async () => {
  await seedDemo(db, demoFilms.slice(0, 2));
  sabine = await idOf('sabine@bobine.test');
  mulder = await idOf('mulder@bobine.test');
  editor = await idOf('editor@bobine.test');
  dal = await import('./reviews');
  const oppenheimer = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get())!.id;
  actAs(sabine);
  reviewId = await dal.startReview(oppenheimer);
  await dal.saveReview(reviewId, await version(), fields('The trial scene ', 'in the small room', ' is the film.', false), 'manual');
  await dal.transitionReview(reviewId, 'submit', await version());
});

describe('comments on a passage', () => {
  it('an editor comments on words of a submitted review: the mark and the thread are stored together', async () => {
    actAs(editor);
    const { save } = await dal.postComment(reviewId, {
      on: 'passage',
      body: 'Name the room?',
      anchor: KEY,
      expectedVersion: await version(),
      fields: fields('The trial scene ', 'in the small room', ' is the film.'),
    });
    expect(save?.status).toBe('in_review');
    const row = (await db.select({ body: reviews.body }).from(reviews).where(eq(reviews.id, reviewId)).get())!;
    expect(commentAnchorsIn(row.body)).toEqual(new Set([KEY]));
    expect(await thread()).toMatchObject({ body: 'Name the room?', passage: { quote: 'in the small room', removed: false }, parentId: null });
  });

  it('takes the quote from the marked words, and refuses a comment whose words are not marked', async () => {
    actAs(editor);
    await expect(
      dal.postComment(reviewId, { on: 'passage', body: 'Hm.', anchor: 'deadbeefdeadbeef', expectedVersion: await version(), fields: fields('The trial scene ', 'in the small room', '.') }),
    ).rejects.toBeInstanceOf(Refused);
  });

  it('the author sees the passage (the desk keeps the mark) and replies in the thread; a reply to a reply joins it', async () => {
    actAs(sabine);
    const review = await dal.getReviewForEditing(reviewId);
    expect(commentAnchorsIn(review.body)).toEqual(new Set([KEY]));
    const root = await thread();
    const { id } = await dal.postComment(reviewId, { on: 'reply', body: 'The jury room.', parentId: root.id });
    const again = await dal.postComment(reviewId, { on: 'reply', body: 'Or the hearing room.', parentId: id });
    const replies = (await dal.getReviewForEditing(reviewId)).comments.filter((c) => c.parentId === root.id);
    expect(replies.map((c) => c.body)).toEqual(['The jury room.', 'Or the hearing room.']);
    expect(again.id).toBeGreaterThan(id);
  });

  it('the author cannot mark words of a review that is with the desk (the text is locked), only reply', async () => {
    actAs(sabine);
    await expect(
      dal.postComment(reviewId, { on: 'passage', body: 'Mine.', anchor: 'abababababababab', expectedVersion: await version(), fields: fields('The trial scene ', 'in the small room', '.') }),
    ).rejects.toBeInstanceOf(Refused);
  });

  it('another critic can neither comment nor reply', async () => {
    actAs(mulder);
    const root = await db.select({ id: editorialComments.id }).from(editorialComments).where(eq(editorialComments.anchor, KEY)).get();
    await expect(dal.postComment(reviewId, { on: 'review', body: 'Psst.' })).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.postComment(reviewId, { on: 'reply', body: 'Psst.', parentId: root!.id })).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.setCommentResolved(root!.id, true)).rejects.toBeInstanceOf(NotAllowed);
  });

  it('stays on its words when the author rewrites the text before them, and says "passage removed" once they are deleted', async () => {
    actAs(sabine);
    await dal.transitionReview(reviewId, 'withdraw', await version());
    await dal.saveReview(reviewId, await version(), fields('After an hour of politics, the trial scene ', 'in the small room', ' is the film.'), 'autosave');
    expect((await thread()).passage).toMatchObject({ quote: 'in the small room', removed: false });
    await dal.saveReview(reviewId, await version(), fields('After an hour of politics, the trial scene is the film.', '', ''), 'autosave');
    const gone = await thread();
    expect(gone.passage).toMatchObject({ quote: 'in the small room', removed: true });
    expect(gone.body).toBe('Name the room?');
  });

  it('resolving from a reply resolves the thread, and it can be reopened', async () => {
    actAs(editor);
    const root = await thread();
    const reply = (await dal.getReviewForEditing(reviewId)).comments.find((c) => c.parentId === root.id)!;
    await dal.setCommentResolved(reply.id, true);
    expect((await thread()).resolved).toBe(true);
    await dal.setCommentResolved(root.id, false);
    expect((await thread()).resolved).toBe(false);
  });

  it('the preview (the film page as visitors will see it) carries no comment mark', async () => {
    actAs(sabine);
    await dal.saveReview(reviewId, await version(), fields('The trial scene ', 'in the small room', '.'), 'manual');
    expect(commentAnchorsIn((await dal.getReviewForEditing(reviewId)).body).size).toBe(1);
    expect(commentAnchorsIn((await dal.getReviewPreview(reviewId)).review.body).size).toBe(0);
  });
});

describe('a comment is not a change of the text', () => {
  it('commenting on words of an unchanged text adds no version to the history', async () => {
    actAs(sabine);
    // One text node, as the editor stores words that carry no mark.
    await dal.saveReview(reviewId, await version(), fields('A plain text without any comment yet.', '', ''), 'manual');
    const before = (await dal.listRevisions(reviewId)).length;
    actAs(editor);
    await dal.postComment(reviewId, {
      on: 'passage',
      body: 'Again.',
      anchor: 'facefacefaceface',
      expectedVersion: await version(),
      fields: reviewDraftSchema.parse({
        ...fields('', '', ''),
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'A plain text ' },
                { type: 'text', text: 'without any', marks: [{ type: 'comment', attrs: { thread: 'facefacefaceface' } }] },
                { type: 'text', text: ' comment yet.' },
              ],
            },
          ],
        },
      }),
    });
    expect((await dal.listRevisions(reviewId)).length).toBe(before);
  });
});

describe('commenting on a published review', () => {
  it('keeps it published (no new working copy to review) and visitors never get the mark', async () => {
    const ballerina = (await db.select({ id: films.id }).from(films).where(eq(films.slug, 'from-the-world-of-john-wick-ballerina')).get())!.id;
    const published = (await db.select().from(reviews).where(eq(reviews.filmId, ballerina)).all()).find((r) => r.status === 'published')!;
    actAs(editor);
    const body = JSON.parse(JSON.stringify((await dal.getReviewForEditing(published.id)).body)) as { content: { content?: { text: string; marks?: unknown[] }[] }[] };
    const first = body.content.find((b) => b.content?.length)!.content![0]!;
    first.marks = [...(first.marks ?? []), { type: 'comment', attrs: { thread: 'beadbeadbeadbead' } }];
    const before = (await dal.listRevisions(published.id)).length;
    const { save } = await dal.postComment(published.id, {
      on: 'passage',
      body: 'A note for the next edition.',
      anchor: 'beadbeadbeadbead',
      expectedVersion: published.version,
      fields: reviewDraftSchema.parse({ body, mark: published.mark, seenOn: published.seenOn, venue: published.venue, containsSpoilers: published.containsSpoilers }),
    });
    expect(save?.status).toBe('published');
    expect((await dal.listRevisions(published.id)).length).toBe(before);
    const publicDal = await import('../public/reviews');
    const live = (await publicDal.listPublicReviewsOfFilm(ballerina)).find((r) => r.id === published.id)!;
    expect(commentAnchorsIn(live.body).size).toBe(0);
  });
});
