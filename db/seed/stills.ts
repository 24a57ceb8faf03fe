/**
 * Demo stills and portraits: two or three generated "stills" per demo film, drawn as SVG from the
 * film's colours and title, and an initials portrait per demo critic, rendered with sharp. Like the
 * figures of db/seed/images.ts they are Bobine's own generated art (no photograph, no studio still),
 * dedicated to the public domain (CC0), and every one says so in its credit. Each goes into the
 * library like an upload (same normalization and storage, lib/media.ts). Run once, after the demo
 * content, on a brand-new database only (the unit tests' seed skips it: drawing costs seconds).
 */
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { DB } from '../index';
import * as s from '../schema';
import { normalizeMedia, storeMedia } from '../../lib/media';
import { filmColours, slugHash } from '../../lib/film-palette';
import { DEMO_IMAGE_CREDIT, escapeXml, frameTitle } from './images';

const W = 1280;
const H = 720;

/** The frame every demo still shares: a dark vignette and the title set small like a frame caption. */
function frame(title: string): string {
  return `<rect width="${W}" height="${H}" fill="none" stroke="#000" stroke-opacity="0.35" stroke-width="48"/>
  ${frameTitle(title, { x: W - 48, y: H - 40, anchor: 'end', maxWidth: W - 96, fontSize: 30 })}`;
}

type Scene = { name: string; caption: string; alt: (title: string) => string; svg: (slug: string, title: string) => string };

/** Three compositions, so that a film's gallery does not repeat itself. */
export const DEMO_SCENES: Scene[] = [
  {
    name: 'night-street',
    caption: 'The city after dark.',
    alt: (t) => `An illustration for ${t}: a street at night, lit windows in dark buildings under a pale moon.`,
    svg(slug, title) {
      const h = slugHash(slug);
      const [dark, light] = filmColours(slug);
      const buildings = Array.from({ length: 9 }, (_, i) => {
        const x = i * 150 - 20;
        const top = 260 + ((h >>> i) % 6) * 45;
        const windows = Array.from({ length: 12 }, (_, k) => {
          const lit = ((h >>> ((i + k) % 24)) & 3) === 0;
          const wx = x + 22 + (k % 3) * 40;
          const wy = top + 30 + Math.floor(k / 3) * 60;
          return wy < H - 60 ? `<rect x="${wx}" y="${wy}" width="22" height="32" fill="${lit ? '#ffd98a' : light}" opacity="${lit ? 0.95 : 0.25}"/>` : '';
        }).join('');
        return `<rect x="${x}" y="${top}" width="140" height="${H - top}" fill="${dark}"/>${windows}`;
      }).join('');
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#07070c"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="${200 + (h % 800)}" cy="140" r="54" fill="#f5efdc" opacity="0.9"/>
  ${buildings}
  <rect y="${H - 70}" width="${W}" height="70" fill="#050507" opacity="0.85"/>
  ${frame(title)}
</svg>`;
    },
  },
  {
    name: 'blinds',
    caption: 'Behind the blinds.',
    alt: (t) => `An illustration for ${t}: a figure in profile against a wall striped by the shadow of window blinds.`,
    svg(slug, title) {
      const h = slugHash(slug);
      const [dark, light] = filmColours(slug);
      const stripes = Array.from({ length: 14 }, (_, i) => `<rect x="-200" y="${i * 64}" width="${W + 400}" height="30" fill="${dark}" opacity="0.55"/>`).join('');
      const x = 380 + (h % 420);
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="${light}"/>
  <g transform="rotate(-12 ${W / 2} ${H / 2})">${stripes}</g>
  <path d="M${x} ${H} C ${x - 20} 560, ${x - 10} 470, ${x + 40} 430 C ${x + 10} 400, ${x} 330, ${x + 30} 280 C ${x + 60} 220, ${x + 160} 220, ${x + 190} 290 C ${x + 210} 330, ${x + 215} 360, ${x + 240} 380 L ${x + 200} 395 C ${x + 205} 430, ${x + 190} 450, ${x + 170} 455 C ${x + 230} 500, ${x + 280} 560, ${x + 300} ${H} Z" fill="#0c0a09"/>
  ${frame(title)}
</svg>`;
    },
  },
  {
    name: 'sea',
    caption: 'The crossing, at sunset.',
    alt: (t) => `An illustration for ${t}: a small boat on a calm sea, a low sun laying a path of light on the water.`,
    svg(slug, title) {
      const h = slugHash(slug);
      const [dark, light] = filmColours(slug);
      const horizon = 380 + ((h >>> 3) % 80);
      const sunX = 300 + ((h >>> 5) % 700);
      const glints = Array.from({ length: 10 }, (_, i) => {
        const y = horizon + 20 + i * 30;
        const w = 40 + i * 18;
        return `<rect x="${sunX - w / 2 + (((h >>> i) % 5) - 2) * 8}" y="${y}" width="${w}" height="6" rx="3" fill="#fff3c4" opacity="${0.8 - i * 0.06}"/>`;
      }).join('');
      const boatX = 160 + ((h >>> 9) % 900);
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#f4c27a"/></linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient>
  </defs>
  <rect width="${W}" height="${horizon}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="${horizon - 10}" r="70" fill="#fff3c4" opacity="0.9"/>
  <rect y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#sea)"/>
  ${glints}
  <path d="M${boatX} ${horizon + 60} l 90 0 l -14 18 l -62 0 Z" fill="#0c0a09"/>
  <path d="M${boatX + 44} ${horizon + 58} l 0 -70 l 34 62 Z" fill="#0c0a09"/>
  ${frame(title)}
</svg>`;
    },
  },
];

/** Draws, checks and stores one generated image; returns the new library record's id. */
async function addToLibrary(db: DB, svg: string, words: { fileName: string; alt: string; caption: string }): Promise<number> {
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 86 }).toBuffer();
  const checked = await normalizeMedia(jpeg);
  if (!checked.ok) throw new Error(`Demo image ${words.fileName}: ${checked.message}`);
  const stored = await storeMedia(checked.image);
  return db
    .insert(s.media)
    .values({ ...stored, ...words, credit: DEMO_IMAGE_CREDIT, uploaderId: null })
    .returning({ id: s.media.id })
    .get().id;
}

/** Two stills per demo film, three for every third; returns how many were drawn. */
export async function seedDemoStills(db: DB): Promise<number> {
  const films = db.select({ id: s.films.id, slug: s.films.slug, title: s.films.title }).from(s.films).orderBy(s.films.id).all();
  let added = 0;
  for (const [i, film] of films.entries()) {
    const count = i % 3 === 0 ? 3 : 2;
    const first = slugHash(film.slug) % DEMO_SCENES.length;
    const ids: number[] = [];
    for (let k = 0; k < count; k++) {
      const scene = DEMO_SCENES[(first + k) % DEMO_SCENES.length]!;
      ids.push(
        await addToLibrary(db, scene.svg(film.slug, film.title), {
          fileName: `${film.slug}-${scene.name}.jpg`,
          alt: scene.alt(film.title),
          caption: scene.caption,
        }),
      );
    }
    db.insert(s.filmStills)
      .values(ids.map((mediaId, position) => ({ filmId: film.id, mediaId, position })))
      .run();
    added += ids.length;
  }
  return added;
}

const portraitLetters = (penName: string) => penName.replace(/[^\p{L}]/gu, '').slice(0, 2).toUpperCase();

/** A critic's generated portrait: their initials set large on concentric rings of their colours. */
export function demoPortraitSvg(critic: { slug: string; penName: string }, size = 480): string {
  const [dark, light] = filmColours(critic.slug);
  const h = slugHash(critic.slug);
  const letters = portraitLetters(critic.penName);
  const rings = Array.from({ length: 6 }, (_, i) => `<circle cx="${size * (0.3 + ((h >>> i) % 5) * 0.1)}" cy="${size * 0.35}" r="${size * (0.9 - i * 0.14)}" fill="${i % 2 ? dark : light}" opacity="${0.35 + i * 0.1}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="${dark}"/>
  ${rings}
  <text x="50%" y="62%" text-anchor="middle" font-family="DejaVu Serif, Georgia, serif" font-weight="bold" font-size="${size * 0.32}" fill="#fbf7ef">${escapeXml(letters)}</text>
</svg>`;
}

/** One generated portrait per demo critic with a profile; returns how many were drawn. */
export async function seedDemoPortraits(db: DB): Promise<number> {
  const critics = db.select({ userId: s.reviewerProfiles.userId, slug: s.reviewerProfiles.slug, penName: s.reviewerProfiles.penName }).from(s.reviewerProfiles).all();
  for (const c of critics) {
    const mediaId = await addToLibrary(db, demoPortraitSvg(c), {
      fileName: `${c.slug}-portrait.jpg`,
      alt: `Portrait of ${c.penName}: the letters ${portraitLetters(c.penName)} on coloured rings, generated art.`,
      caption: `${c.penName}, as drawn for the demo.`,
    });
    db.update(s.reviewerProfiles).set({ portraitMediaId: mediaId }).where(eq(s.reviewerProfiles.userId, c.userId)).run();
  }
  return critics.length;
}
