/**
 * The media library's rules: who may upload (checked before a byte is decoded), alt text required,
 * the real type read from the bytes, figures in a review body kept only for the library's own
 * images, where each image is used, delete refused while it is, and critics managing only their own
 * uploads.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { films, media, mediaUses, reviews, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { dataDir } from '@/lib/env';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { reviewDraftSchema } from '@/lib/validation/review';
import { NotAllowed, Refused } from '../errors';

const decoded = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/media', async (original) => {
  const real = await original<typeof import('@/lib/media')>();
  return {
    ...real,
    normalizeMedia: async (bytes: Uint8Array) => {
      decoded.count++;
      return real.normalizeMedia(bytes);
    },
  };
});
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db } = useTempDatabase();
let upload: typeof import('@/app/api/media/route').POST;
let dal: typeof import('./media');
let reviewsDal: typeof import('./reviews');
let mulder = 0;
let sabine = 0;
let editor = 0;

const idOf = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;

beforeAll(async () => {
  await seedDemo(db, demoFilms.slice(0, 2));
  mulder = idOf('mulder@bobine.test');
  sabine = idOf('sabine@bobine.test');
  editor = idOf('editor@bobine.test');
  ({ POST: upload } = await import('@/app/api/media/route'));
  dal = await import('./media');
  reviewsDal = await import('./reviews');
});

async function still(width = 800, height = 450) {
  return sharp({ create: { width, height, channels: 3, background: '#7a2e2e' } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: 'secret camera' } } })
    .toBuffer();
}

function uploadRequest(file: Blob | null, words: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (file) form.set('file', file, 'still.jpg');
  for (const [k, v] of Object.entries(words)) form.set(k, v);
  return new Request('http://localhost/api/media', { method: 'POST', body: form, headers: { host: 'localhost', ...headers } });
}

async function uploaded(words = { alt: 'A dancer in red', caption: 'Rehearsal', credit: '© Lionsgate' }) {
  const response = await upload(uploadRequest(new Blob([new Uint8Array(await still())], { type: 'image/jpeg' }), words));
  expect(response.status).toBe(201);
  return ((await response.json()) as { media: { id: number; width: number; height: number } }).media;
}

describe('uploading', { timeout: 30_000 }, () => {
  it('decodes nothing for an anonymous caller or a cross-site request', async () => {
    const before = decoded.count;
    actAs(null);
    expect((await upload(uploadRequest(new Blob([new Uint8Array(await still())]), { alt: 'x' }))).status).toBe(401);
    actAs(mulder);
    const cross = uploadRequest(new Blob([new Uint8Array(await still())]), { alt: 'x' }, { origin: 'https://evil.example' });
    expect((await upload(cross)).status).toBe(403);
    expect(decoded.count).toBe(before);
  });

  it('refuses an image without alt text before decoding it', async () => {
    actAs(mulder);
    const before = decoded.count;
    const response = await upload(uploadRequest(new Blob([new Uint8Array(await still())]), { alt: '   ', credit: 'x' }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.alt).toBeDefined();
    expect(decoded.count).toBe(before);
  });

  it('reads the type from the bytes: a text file named .jpg is refused and nothing is stored', async () => {
    actAs(mulder);
    const before = db.select().from(media).all().length;
    const response = await upload(uploadRequest(new Blob(['<svg onload=alert(1)>'], { type: 'image/jpeg' }), { alt: 'x' }));
    expect(response.status).toBe(415);
    expect(db.select().from(media).all().length).toBe(before);
  });

  it('lets a critic upload: the original is kept without its metadata, with its size and uploader', async () => {
    actAs(mulder);
    const m = await uploaded();
    const row = db.select().from(media).where(eq(media.id, m.id)).get()!;
    expect(row).toMatchObject({ width: 800, height: 450, mime: 'image/jpeg', alt: 'A dancer in red', credit: '© Lionsgate', uploaderId: mulder });
    const file = path.join(dataDir(), row.path);
    expect(existsSync(file)).toBe(true);
    expect((await sharp(file).metadata()).exif).toBeUndefined();
  });
});

describe('figures in reviews', { timeout: 30_000 }, () => {
  it('keeps only library images in a saved body, and records where each is used', async () => {
    actAs(mulder);
    const m = await uploaded();
    const filmId = db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get()!.id;
    const reviewId = await reviewsDal.startReview(filmId);
    const version = db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, reviewId)).get()!.v;
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Opening.' }] },
        { type: 'image', attrs: { mediaId: m.id, alt: '', caption: '', credit: '', layout: 'wide' } },
        { type: 'image', attrs: { mediaId: 999_999, alt: 'Not ours', caption: '', credit: '', layout: 'column' } },
      ],
    };
    await reviewsDal.saveReview(reviewId, version, reviewDraftSchema.parse({ body }), 'manual');
    const stored = db.select({ body: reviews.body }).from(reviews).where(eq(reviews.id, reviewId)).get()!.body as { content: { type: string; attrs?: { mediaId: number } }[] };
    expect(stored.content.filter((b) => b.type === 'image').map((b) => b.attrs!.mediaId)).toEqual([m.id]);
    expect(db.select().from(mediaUses).where(eq(mediaUses.reviewId, reviewId)).all()).toEqual([{ mediaId: m.id, reviewId }]);

    // In use: the library says where, and refuses to delete it.
    const item = await dal.getMediaItem(m.id);
    expect(item.uses.map((u) => (u.kind === 'review' ? u.filmTitle : null))).toEqual(['Oppenheimer']);
    expect(item.canDelete).toBe(false);
    await expect(dal.deleteMedia(m.id)).rejects.toThrow(Refused);

    // Taken out of the text: free to go, files and all.
    const v2 = db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, reviewId)).get()!.v;
    await reviewsDal.saveReview(reviewId, v2, reviewDraftSchema.parse({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Opening.' }] }] } }), 'manual');
    expect(db.select().from(mediaUses).where(eq(mediaUses.mediaId, m.id)).all()).toEqual([]);
    await dal.deleteMedia(m.id);
    expect(db.select().from(media).where(eq(media.id, m.id)).get()).toBeUndefined();
  });
});

describe('a review’s lead image', { timeout: 30_000 }, () => {
  const text = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A lead.' }] }] };
  const versionOf = (id: number) => db.select({ v: reviews.version }).from(reviews).where(eq(reviews.id, id)).get()!.v;
  async function publish(id: number) {
    actAs(mulder);
    await reviewsDal.transitionReview(id, 'submit', versionOf(id));
    actAs(editor);
    await reviewsDal.transitionReview(id, 'approve', versionOf(id));
    await reviewsDal.transitionReview(id, 'publish', versionOf(id));
    actAs(mulder);
  }
  const leadOf = (id: number) => db.select({ lead: reviews.leadImageId }).from(reviews).where(eq(reviews.id, id)).get()!.lead;

  it('keeps only a library image, records its use, and stays in use while the live version shows it', async () => {
    actAs(mulder);
    const m = await uploaded();
    const filmId = db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get()!.id;
    const reviewId = await reviewsDal.startReview(filmId);

    // A made-up id is dropped, as a figure's would be.
    await reviewsDal.saveReview(reviewId, versionOf(reviewId), reviewDraftSchema.parse({ body: text, leadImageId: 999_999 }), 'manual');
    expect(leadOf(reviewId)).toBeNull();

    await reviewsDal.saveReview(reviewId, versionOf(reviewId), reviewDraftSchema.parse({ body: text, leadImageId: String(m.id), mark: 8 }), 'manual');
    expect(leadOf(reviewId)).toBe(m.id);
    expect(db.select().from(mediaUses).where(eq(mediaUses.reviewId, reviewId)).all()).toEqual([{ mediaId: m.id, reviewId }]);
    expect((await dal.getMediaItem(m.id)).uses.map((u) => [u.kind === 'review' && u.filmTitle, u.live])).toEqual([['Oppenheimer', false]]);
    await expect(dal.deleteMedia(m.id)).rejects.toThrow(Refused);

    // Published, then removed from the working copy: the public page still shows it.
    await publish(reviewId);
    expect((await dal.getMediaItem(m.id)).uses.map((u) => [u.live, u.kind === 'review' && u.lead])).toEqual([[true, true]]);
    // New words for it reach the home page too (where a lead image shows).
    expect(await dal.updateMedia(m.id, { alt: 'A dancer in red', caption: null, credit: '© Lionsgate' })).toEqual({ filmSlugs: ['oppenheimer'], shownAsLead: true, portrait: false });
    await reviewsDal.saveReview(reviewId, versionOf(reviewId), reviewDraftSchema.parse({ body: text, leadImageId: null, mark: 8 }), 'manual');
    expect(leadOf(reviewId)).toBeNull();
    await expect(dal.deleteMedia(m.id)).rejects.toThrow(Refused);

    // Once the version without it is published, nothing holds it.
    await publish(reviewId);
    expect(db.select().from(mediaUses).where(eq(mediaUses.mediaId, m.id)).all()).toEqual([]);
  });

  it('is left as stored by a save that does not name it', async () => {
    actAs(mulder);
    const m = await uploaded();
    const filmId = db.select({ id: films.id }).from(films).where(eq(films.slug, 'oppenheimer')).get()!.id;
    const reviewId = await reviewsDal.startReview(filmId);
    await reviewsDal.saveReview(reviewId, versionOf(reviewId), { body: reviewDraftSchema.parse({ body: text }).body, leadImageId: m.id }, 'manual');
    await reviewsDal.saveReview(reviewId, versionOf(reviewId), { body: reviewDraftSchema.parse({ body: text }).body }, 'autosave');
    expect(leadOf(reviewId)).toBe(m.id);
  });
});

describe('who manages which image', { timeout: 30_000 }, () => {
  it('lets a critic change their own upload, not another critic’s; an editor changes any', async () => {
    actAs(mulder);
    const m = await uploaded();
    actAs(sabine);
    await expect(dal.updateMedia(m.id, { alt: 'Hijacked', caption: null, credit: null })).rejects.toThrow(NotAllowed);
    await expect(dal.deleteMedia(m.id)).rejects.toThrow(NotAllowed);
    actAs(mulder);
    await dal.updateMedia(m.id, { alt: 'A dancer in red, mid-leap', caption: null, credit: '© Lionsgate' });
    actAs(editor);
    await dal.updateMedia(m.id, { alt: 'A dancer in red, mid-leap', caption: 'Ana de Armas', credit: '© Lionsgate' });
    expect(db.select({ caption: media.caption }).from(media).where(eq(media.id, m.id)).get()!.caption).toBe('Ana de Armas');
  });
});
