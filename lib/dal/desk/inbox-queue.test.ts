import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { films, reviewRevisions, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { EMPTY_DOC } from '@/lib/rich-text/allow-list';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { queueQuerySchema } from '@/lib/validation/queue';
import { reviewDraftSchema } from '@/lib/validation/review';
import type { ReviewEvent } from '@/lib/workflow';

const clockFile = path.join(mkdtempSync(path.join(tmpdir(), 'bobine-clock-')), 'offset');
process.env.BOBINE_CLOCK_FILE = clockFile;
const moveClock = (ms: number) => writeFileSync(clockFile, String(ms));
moveClock(0);

const { db } = useTempDatabase();
let desk: typeof import('./reviews');
let inbox: typeof import('./notifications');
let queue: typeof import('./queue');
const who = { mulder: 0, sabine: 0, editor: 0, admin: 0 };

const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())!.id;
const text = (t: string) => reviewDraftSchema.parse({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] }, mark: 7 });
const versionOf = async (id: number) => (await db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, id)).get())!.v;
async function fire(user: number, id: number, event: ReviewEvent, options: Parameters<typeof desk.transitionReview>[3] = {}) {
  actAs(user);
  return desk.transitionReview(id, event, await versionOf(id), options);
}
let filmCounter = 0;
async function newFilm() {
  const n = ++filmCounter;
  return (await db.insert(films).values({ slug: `inbox-film-${n}`, title: `Inbox film ${n}` }).returning({ id: films.id }).get()).id;
}
/** A review by `author` of a new film, submitted. */
async function submitted(author: number, t = 'A first version.') {
  actAs(author);
  const id = await desk.startReview(await newFilm());
  await desk.saveReview(id, await versionOf(id), text(t), 'manual');
  await fire(author, id, 'submit');
  return id;
}
const kinds = async (user: number) => {
  actAs(user);
  return (await inbox.listInbox()).items.map((i) => i.kind);
};

beforeAll(async () => {
  await seedDemo(db, demoFilms.slice(0, 1));
  who.mulder = await idOf('mulder@bobine.test');
  who.sabine = await idOf('sabine@bobine.test');
  who.editor = await idOf('editor@bobine.test');
  who.admin = await idOf('admin@bobine.test');
  desk = await import('./reviews');
  inbox = await import('./notifications');
  queue = await import('./queue');
});

describe('the inbox', () => {
  it('tells the author of changes requested, counts it unread, and only the author sees it', async () => {
    const id = await submitted(who.mulder);
    actAs(who.mulder);
    const before = await inbox.countUnread();
    await fire(who.editor, id, 'request_changes', { message: 'Tighten the second paragraph.' });
    actAs(who.mulder);
    expect(await inbox.countUnread()).toBe(before + 1);
    const mine = await inbox.listInbox();
    expect(mine.items[0]).toMatchObject({ kind: 'changes_requested', read: false, actor: 'Eddie Editor', review: { id, filmTitle: expect.stringMatching(/^Inbox film/) } });
    // Someone else's inbox holds nothing of it, and their mark-read cannot touch it.
    actAs(who.sabine);
    expect((await inbox.listInbox()).items.find((i) => i.review.id === id)).toBeUndefined();
    await inbox.markNotificationsRead([mine.items[0]!.id]);
    actAs(who.mulder);
    expect(await inbox.countUnread()).toBe(before + 1);
    // The editor who acted is not told of their own act.
    expect((await kinds(who.editor)).length).toBe(0);
  });

  it('a refused event tells nobody', async () => {
    const id = await submitted(who.sabine);
    actAs(who.sabine);
    const before = await inbox.countUnread();
    await expect(fire(who.editor, id, 'publish')).rejects.toThrow();
    actAs(who.sabine);
    expect(await inbox.countUnread()).toBe(before);
  });

  it('marks one read, then all read', async () => {
    const a = await submitted(who.sabine);
    const b = await submitted(who.sabine);
    await fire(who.editor, a, 'approve');
    await fire(who.editor, b, 'approve');
    actAs(who.sabine);
    const { items, unread } = await inbox.listInbox();
    expect(unread).toBeGreaterThanOrEqual(2);
    await inbox.markNotificationsRead([items[0]!.id]);
    expect(await inbox.countUnread()).toBe(unread - 1);
    expect((await inbox.listInbox()).items[0]!.read).toBe(true);
    await inbox.markAllNotificationsRead();
    expect(await inbox.countUnread()).toBe(0);
  });

  it('a scheduled review says "scheduled" at once and "published" only once its time has come, without any write', async () => {
    const id = await submitted(who.mulder);
    await fire(who.editor, id, 'approve');
    actAs(who.mulder);
    await inbox.markAllNotificationsRead();
    await fire(who.editor, id, 'schedule', { publishAt: new Date(Date.now() + 2 * 3600_000) });
    expect(await kinds(who.mulder)).toContain('scheduled');
    expect((await kinds(who.mulder)).filter((k) => k === 'published')).toHaveLength(0);
    actAs(who.mulder);
    // Mark all read leaves the publication still ahead unread: it is news when it happens.
    await inbox.markAllNotificationsRead();
    moveClock(3 * 3600_000);
    try {
      actAs(who.mulder);
      const { items, unread } = await inbox.listInbox();
      expect(items[0]).toMatchObject({ kind: 'published', read: false, review: { id } });
      expect(unread).toBe(1);
    } finally {
      moveClock(0);
    }
  });

  it('rescheduling withdraws the pending publication, so it is told once, at the new time', async () => {
    const id = await submitted(who.sabine);
    await fire(who.editor, id, 'approve');
    await fire(who.editor, id, 'schedule', { publishAt: new Date(Date.now() + 3600_000) });
    await fire(who.editor, id, 'schedule', { publishAt: new Date(Date.now() + 5 * 3600_000) });
    moveClock(2 * 3600_000);
    try {
      expect((await kinds(who.sabine)).filter((k) => k === 'published')).toHaveLength(0);
      moveClock(6 * 3600_000);
      expect((await kinds(who.sabine)).filter((k) => k === 'published')).toHaveLength(1);
    } finally {
      moveClock(0);
    }
  });

  it('a comment tells the review’s author and those who commented before, never the commenter', async () => {
    const id = await submitted(who.mulder);
    actAs(who.admin);
    await inbox.markAllNotificationsRead();
    actAs(who.editor);
    await desk.postComment(id, { on: 'review', body: 'Is the ending a spoiler?' });
    actAs(who.mulder);
    expect((await inbox.listInbox()).items[0]).toMatchObject({ kind: 'comment_reply', actor: 'Eddie Editor' });
    const editorBefore = await kinds(who.editor);
    actAs(who.mulder);
    await desk.postComment(id, { on: 'review', body: 'No, it stays vague.' });
    expect((await kinds(who.editor)).length).toBe(editorBefore.length + 1);
    expect((await kinds(who.editor))[0]).toBe('comment_reply');
    // The admin never spoke in this thread.
    actAs(who.admin);
    expect(await inbox.countUnread()).toBe(0);
  });
});

describe('the queue at 200 submissions', () => {
  const critics: number[] = [];
  beforeAll(async () => {
    critics.push(who.mulder, who.sabine, await idOf('margaux@bobine.test'));
    // 200 submissions straight into the tables (the workflow is tested above): one film each,
    // submitted a minute apart, by three critics, with one revision each.
    const base = Date.now() - 300 * 60_000;
    db.transaction((tx) => {
      for (let i = 0; i < 200; i++) {
        const film = tx.insert(films).values({ slug: `queue-film-${i}`, title: `Queue film ${String(i).padStart(3, '0')}` }).returning({ id: films.id }).get().id;
        const at = new Date(base + i * 60_000);
        const review = tx
          .insert(reviews)
          .values({ filmId: film, authorId: critics[i % 3]!, status: i % 10 === 9 ? 'approved' : 'in_review', body: EMPTY_DOC, mark: 6, submittedAt: at, createdAt: at, updatedAt: at })
          .returning({ id: reviews.id })
          .get().id;
        tx.insert(reviewRevisions).values({ reviewId: review, number: 1, authorId: critics[i % 3]!, reason: 'submit', status: 'in_review', body: EMPTY_DOC, mark: 6, createdAt: at }).run();
      }
    });
  });
  const page = (q: Record<string, string>) => {
    actAs(who.editor);
    return queue.listQueuePage(queueQuerySchema.parse(q));
  };

  it('lists what waits longest first, 20 a page, and pages through all of it', async () => {
    const first = await page({ q: 'Queue film' });
    expect(first.total).toBe(180);
    expect(first.pageCount).toBe(9);
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.film.title).toBe('Queue film 000');
    const waits = first.items.map((i) => i.submittedAt!.getTime());
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    const seen = new Set<number>();
    for (let p = 1; p <= 9; p++) for (const i of (await page({ q: 'Queue film', page: String(p) })).items) seen.add(i.id);
    expect(seen.size).toBe(180);
    expect((await page({ q: 'Queue film', sort: 'recent' })).items[0]!.film.title).toBe('Queue film 198');
  });

  it('filters by critic, film, state and a search, and ignores nonsense in the address', async () => {
    const byCritic = await page({ critic: String(critics[1]), q: 'Queue film', state: 'all' });
    expect(byCritic.total).toBe(67);
    expect(byCritic.items.every((i) => i.author.id === critics[1])).toBe(true);
    const approved = await page({ state: 'approved', q: 'queue' });
    expect(approved.total).toBe(20);
    expect(approved.items.every((i) => i.status === 'approved')).toBe(true);
    const one = (await page({ q: 'Queue film 042' })).items;
    expect(one.map((i) => i.film.title)).toEqual(['Queue film 042']);
    expect((await page({ film: String(one[0]!.film.id) })).total).toBe(1);
    expect((await page({ q: 'Margaux', state: 'all' })).items.every((i) => i.author.id === critics[2])).toBe(true);
    expect((await page({ state: 'sideways', page: '-3', critic: 'x' })).page).toBe(1);
    expect(byCritic.critics.map((c) => c.name)).toEqual(expect.arrayContaining(['Mulder', 'Sabine', 'Margaux']));
  });

  it('keeps the film filter a short list: beyond 200 films in the chosen state, the search box stands in', async () => {
    const waiting = (await page({})).films!;
    expect(waiting.length).toBeGreaterThanOrEqual(180);
    expect(waiting.length).toBeLessThanOrEqual(queue.MAX_FILM_CHOICES);
    expect(waiting.map((f) => f.title)).toEqual([...waiting.map((f) => f.title)].sort((a, b) => a.localeCompare(b)));
    expect((await page({ state: 'approved' })).films!.map((f) => f.title)).toContain('Queue film 009');
    // Every film with a published review, and these 200: more than a list can hold.
    expect((await page({ state: 'all' })).films).toBeNull();
  });

  it('gives the dashboard a glance: the first few of the queue and of what is approved, with their totals', async () => {
    actAs(who.editor);
    const reviewsDal = await import('./reviews');
    const waiting = await reviewsDal.listQueue(5);
    expect(waiting.items).toHaveLength(5);
    expect(waiting.total).toBeGreaterThanOrEqual(180);
    expect(waiting.items[0]!.film.title).toBe('Queue film 000');
    const upcoming = await reviewsDal.listDeskReviews(10);
    expect(upcoming.items).toHaveLength(10);
    expect(upcoming.total).toBeGreaterThanOrEqual(20);
  });

  it('is refused to a reviewer', async () => {
    actAs(who.mulder);
    await expect(queue.listQueuePage(queueQuerySchema.parse({}))).rejects.toThrow();
    await expect(queue.readSubmission(1)).rejects.toThrow();
  });

  it('answers a page in a few milliseconds (measured)', async () => {
    const runs: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await page({ q: i % 2 ? 'film' : '', page: String((i % 9) + 1), state: i % 3 ? 'in_review' : 'all' });
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    const median = runs[15]!;
    const p95 = runs[28]!;
    console.log(`queue page over ${await db.$count(reviews)} reviews: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    expect(p95).toBeLessThan(100);
  });
});

describe('what changed since the editor last read it', () => {
  it('shows nothing the first time, then the diff from the version read before, and keeps it on a refresh', async () => {
    const id = await submitted(who.mulder, 'The first cut.');
    actAs(who.editor);
    const first = await queue.readSubmission(id);
    expect(first.comparison).toBeNull();
    await fire(who.editor, id, 'request_changes', { message: 'Say more.' });
    actAs(who.mulder);
    await desk.saveReview(id, await versionOf(id), text('The second cut, longer.'), 'manual');
    await fire(who.mulder, id, 'submit');
    actAs(who.editor);
    const second = await queue.readSubmission(id);
    expect(second.since).toBe(first.latest);
    expect(second.comparison!.from.text).toContain('first cut');
    expect(second.comparison!.to.text).toContain('second cut');
    const again = await queue.readSubmission(id);
    expect(again.since).toBe(first.latest);
    // Another editor's reads are their own.
    actAs(who.admin);
    expect((await queue.readSubmission(id)).comparison).toBeNull();
    // The queue flags a submission with a revision this editor has not read.
    actAs(who.editor);
    expect((await queue.listQueuePage(queueQuerySchema.parse({ film: String((await db.select().from(reviews).where(eq(reviews.id, id)).get())!.filmId) }))).items[0]!.unread).toBe(false);
  });

  it('nextRead keeps the previous base until something newer arrives', () => {
    expect(queue.nextRead(undefined, 3)).toEqual({ revisionNumber: 3, previousNumber: null, since: null });
    expect(queue.nextRead({ revisionNumber: 3, previousNumber: null }, 5)).toEqual({ revisionNumber: 5, previousNumber: 3, since: 3 });
    expect(queue.nextRead({ revisionNumber: 5, previousNumber: 3 }, 5)).toEqual({ revisionNumber: 5, previousNumber: 3, since: 3 });
  });
});
