/**
 * Demo lead images: one generated picture at the head of each published demo review, drawn as SVG
 * from the film's colours and rendered with sharp like the demo stills (db/seed/images.ts): Bobine's
 * own generated art, dedicated to the public domain (CC0) and credited so. Each goes into the
 * library like an upload and becomes the review's lead image in its working copy and its live
 * revision. Run once, after the demo content, on a brand-new database only.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import sharp from 'sharp';
import type { DB } from '../index';
import * as s from '../schema';
import { normalizeMedia, storeMedia } from '../../lib/media';
import { filmColours, slugHash } from '../../lib/film-palette';
import { DEMO_IMAGE_CREDIT, frameTitle } from './images';

/**
 * A noir frame: a figure's head and shoulders against a spotlight, light falling through blinds,
 * in the film's two colours, with the title set small in a corner. Placed from the hash of the film
 * and the critic, so each review gets its own picture and the same one on every run.
 */
export function demoLeadSvg(film: { slug: string; title: string }, critic: string, width = 1600, height = 900): string {
  const h = slugHash(`${film.slug}/${critic}`);
  const [dark, light] = filmColours(film.slug);
  const spotX = 420 + (h % 760);
  const spotY = 300 + ((h >>> 5) % 160);
  const figureX = (h >>> 9) % 2 === 0 ? spotX - 160 - ((h >>> 11) % 120) : spotX + 160 + ((h >>> 11) % 120);
  const tilt = -28 + ((h >>> 13) % 16);
  const blinds = Array.from({ length: 9 }, (_, i) => `<rect x="-400" y="${i * 120}" width="${width + 800}" height="46" fill="#fff6dc" opacity="0.16"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="wall" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient>
    <radialGradient id="spot" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff1c9"/><stop offset="0.6" stop-color="#fff1c9" stop-opacity="0.35"/><stop offset="1" stop-color="#fff1c9" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#wall)"/>
  <circle cx="${spotX}" cy="${spotY}" r="420" fill="url(#spot)"/>
  <g transform="rotate(${tilt} ${width / 2} ${height / 2})">${blinds}</g>
  <circle cx="${figureX}" cy="${height - 390}" r="112" fill="${dark}"/>
  <path d="M ${figureX - 60} ${height - 300} L ${figureX + 60} ${height - 300} L ${figureX + 70} ${height - 250} C ${figureX + 250} ${height - 220}, ${figureX + 300} ${height - 120}, ${figureX + 310} ${height} L ${figureX - 310} ${height} C ${figureX - 300} ${height - 120}, ${figureX - 250} ${height - 220}, ${figureX - 70} ${height - 250} Z" fill="${dark}"/>
  <rect width="${width}" height="${height}" fill="none" stroke="#000" stroke-opacity="0.35" stroke-width="60"/>
  ${frameTitle(film.title, { x: 60, y: height - 50, anchor: 'start', maxWidth: width - 120, fontSize: 38 })}
</svg>`;
}

export async function seedDemoLeadImages(db: DB): Promise<number> {
  const rows = db
    .select({ id: s.reviews.id, liveRevisionId: s.reviews.liveRevisionId, slug: s.films.slug, title: s.films.title, critic: s.reviewerProfiles.penName })
    .from(s.reviews)
    .innerJoin(s.films, eq(s.films.id, s.reviews.filmId))
    .innerJoin(s.reviewerProfiles, eq(s.reviewerProfiles.userId, s.reviews.authorId))
    .where(and(isNotNull(s.reviews.liveRevisionId)))
    .all();
  let added = 0;
  for (const r of rows) {
    const jpeg = await sharp(Buffer.from(demoLeadSvg(r, r.critic))).jpeg({ quality: 86 }).toBuffer();
    const checked = await normalizeMedia(jpeg);
    if (!checked.ok) throw new Error(`Demo lead image for ${r.slug}: ${checked.message}`);
    const stored = await storeMedia(checked.image);
    db.transaction((tx) => {
      const mediaId = tx
        .insert(s.media)
        .values({
          ...stored,
          fileName: `${r.slug}-${r.critic.toLowerCase()}-lead.jpg`,
          alt: `An illustration for ${r.critic}’s review of ${r.title}: a silhouette against a spotlight, light falling through blinds, in the film’s colours.`,
          caption: `${r.title}, as drawn for ${r.critic}’s review.`,
          credit: DEMO_IMAGE_CREDIT,
          uploaderId: null,
        })
        .returning({ id: s.media.id })
        .get().id;
      tx.update(s.reviews).set({ leadImageId: mediaId }).where(eq(s.reviews.id, r.id)).run();
      tx.update(s.reviewRevisions).set({ leadImageId: mediaId }).where(eq(s.reviewRevisions.id, r.liveRevisionId!)).run();
      tx.insert(s.mediaUses).values({ mediaId, reviewId: r.id }).onConflictDoNothing().run();
    });
    added++;
  }
  return added;
}
