/**
 * Demo pictures: one generated still per demo film, drawn here as SVG from the film's colours and
 * title and rendered with sharp, so a fresh `npm start` shows what reviews with images look like.
 * They are Bobine's own generated art (no photograph, no studio still), dedicated to the public
 * domain (CC0), and every one says so in its credit. Each goes into the library like an upload
 * (same normalization and storage, lib/media.ts) and into the first published review of its film,
 * after the opening paragraph. Run once, after the demo content, on a brand-new database only:
 * the unit tests' seed skips it (drawing 15 images costs seconds).
 */
import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { DB } from '../index';
import * as s from '../schema';
import { normalizeMedia, storeMedia } from '../../lib/media';
import { mediaIdsOf, sanitizeDoc } from '../../lib/rich-text/sanitize';
import type { RichBlock, RichDoc } from '../../lib/rich-text/allow-list';
import { filmColours, slugHash } from '../../lib/film-palette';

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A title's width in ems, estimated (nothing here can measure text before sharp draws it): DejaVu
 * Serif Italic's capitals average about 0.75 em and the rest about 0.55, so 0.8 and 0.6 leave
 * room to spare for all but a run of the widest capitals.
 */
function ems(text: string): number {
  let width = 0;
  for (const c of text) width += c !== c.toLowerCase() ? 0.8 : 0.6;
  return width;
}
/** How small a title may get before it is cut instead: smaller would no longer read on the page. */
const SMALLEST = 0.55;

/**
 * How a film's title is set across `maxWidth`: at `fontSize` while it fits, smaller as it grows
 * longer (down to 55% of it), and cut with an ellipsis beyond that, so that a long title never
 * runs off the picture.
 */
export function fitTitle(title: string, maxWidth: number, fontSize: number): { text: string; fontSize: number } {
  if (ems(title) * fontSize <= maxWidth) return { text: title, fontSize };
  const floor = Math.round(fontSize * SMALLEST);
  const shrunk = Math.floor(maxWidth / ems(title));
  if (shrunk >= floor) return { text: title, fontSize: shrunk };
  let text = '';
  for (const c of title) {
    if (ems(`${text}${c}…`) * floor > maxWidth) break;
    text += c;
  }
  return { text: `${text.trimEnd()}…`, fontSize: floor };
}

/**
 * The title set small in a corner of a generated picture, like a frame caption (the stills, the
 * figures and the lead images all carry one), fitted to `maxWidth` from its anchor.
 */
export function frameTitle(title: string, at: { x: number; y: number; anchor: 'start' | 'end'; maxWidth: number; fontSize: number }): string {
  const fitted = fitTitle(title, at.maxWidth, at.fontSize);
  return `<text x="${at.x}" y="${at.y}" text-anchor="${at.anchor}" font-family="DejaVu Serif, Georgia, serif" font-size="${fitted.fontSize}" font-style="italic" fill="#fff" fill-opacity="0.85">${escapeXml(fitted.text)}</text>`;
}

export const DEMO_IMAGE_CREDIT = 'Generated art · Bobine demo · CC0';

/**
 * A wide "still": the film's two colours as a dusk sky, a low sun, a horizon of hills and a figure
 * in a lit doorway, with the title set small in a corner like a frame caption. Positions come from
 * the slug's hash, so each film gets its own and the same one on every run.
 */
export function demoStillSvg(film: { slug: string; title: string }, width = 1600, height = 900): string {
  const h = slugHash(film.slug);
  const [dark, light] = filmColours(film.slug);
  const sunX = 300 + (h % 1000);
  const sunY = 260 + ((h >>> 4) % 160);
  const door = 200 + ((h >>> 8) % 1100);
  const hills = Array.from({ length: 3 }, (_, i) => {
    const base = 620 + i * 70;
    const a = base - 60 - (((h >>> (i * 3)) % 5) * 25);
    const b = base - 30 - (((h >>> (i * 5)) % 7) * 15);
    return `<path d="M0 ${base} C ${width * 0.25} ${a}, ${width * 0.5} ${b}, ${width} ${base - 20} L ${width} ${height} L 0 ${height} Z" fill="${dark}" opacity="${0.55 + i * 0.2}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="0.75" stop-color="${light}"/><stop offset="1" stop-color="#f4c27a"/></linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff3c4"/><stop offset="1" stop-color="#fff3c4" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="${sunY}" r="260" fill="url(#sun)" opacity="0.7"/>
  <circle cx="${sunX}" cy="${sunY}" r="90" fill="#fff3c4" opacity="0.85"/>
  ${hills}
  <rect x="${door}" y="560" width="120" height="240" fill="#ffd98a"/>
  <rect x="${door + 38}" y="640" width="44" height="160" rx="20" fill="${dark}"/>
  <circle cx="${door + 60}" cy="622" r="20" fill="${dark}"/>
  <rect width="${width}" height="${height}" fill="none" stroke="#000" stroke-opacity="0.35" stroke-width="60"/>
  ${frameTitle(film.title, { x: width - 60, y: height - 50, anchor: 'end', maxWidth: width - 120, fontSize: 38 })}
</svg>`;
}

/** Puts the figure after the review's opening paragraph (or first, in an empty body). */
function withFigure(body: RichDoc, figure: RichBlock): RichDoc {
  const content = [...body.content];
  const at = content.findIndex((b) => b.type === 'paragraph');
  content.splice(at >= 0 ? at + 1 : 0, 0, figure);
  return { ...body, content };
}

export async function seedDemoImages(db: DB): Promise<number> {
  const films = db.select({ id: s.films.id, slug: s.films.slug, title: s.films.title }).from(s.films).all();
  const firstReviews = new Map<number, { id: number; liveRevisionId: number | null; body: unknown; publishedAt: Date | null }>();
  const rows = db
    .select({ id: s.reviews.id, filmId: s.reviews.filmId, liveRevisionId: s.reviews.liveRevisionId, body: s.reviews.body, publishedAt: s.reviews.publishedAt })
    .from(s.reviews)
    .where(inArray(s.reviews.filmId, films.map((f) => f.id)))
    .all()
    .filter((r) => r.liveRevisionId !== null)
    .sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0));
  for (const r of rows) if (!firstReviews.has(r.filmId)) firstReviews.set(r.filmId, r);

  let added = 0;
  for (const film of films) {
    const review = firstReviews.get(film.id);
    if (!review) continue;
    const jpeg = await sharp(Buffer.from(demoStillSvg(film))).jpeg({ quality: 88 }).toBuffer();
    const checked = await normalizeMedia(jpeg);
    if (!checked.ok) throw new Error(`Demo image for ${film.slug}: ${checked.message}`);
    const stored = await storeMedia(checked.image);
    db.transaction((tx) => {
      const mediaId = tx
        .insert(s.media)
        .values({
          ...stored,
          fileName: `${film.slug}-still.jpg`,
          alt: `An illustration for ${film.title}: a lit doorway under a dusk sky in the film's colours.`,
          caption: `${film.title}, as drawn for the demo.`,
          credit: DEMO_IMAGE_CREDIT,
          uploaderId: null,
        })
        .returning({ id: s.media.id })
        .get().id;
      const figure: RichBlock = { type: 'image', attrs: { mediaId, alt: '', caption: '', credit: '', layout: added % 3 === 2 ? 'wide' : 'column' } };
      const body = withFigure(sanitizeDoc(review.body), figure);
      tx.update(s.reviews).set({ body }).where(eq(s.reviews.id, review.id)).run();
      tx.update(s.reviewRevisions).set({ body }).where(eq(s.reviewRevisions.id, review.liveRevisionId!)).run();
      for (const id of mediaIdsOf(body)) tx.insert(s.mediaUses).values({ mediaId: id, reviewId: review.id }).onConflictDoNothing().run();
    });
    added++;
  }
  return added;
}
