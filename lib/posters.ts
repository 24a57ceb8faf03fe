/**
 * Poster files: checking an upload, normalizing it, storing it under the data directory and
 * producing resized variants on demand. Files live in `<data>/posters/` (never under public/: they
 * are served by app/posters/…/route.ts) and variants in `<data>/posters/cache/`.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { dataDir } from '@/lib/env';
import { POSTER_MAX_BYTES, posterTooLarge, type PosterFormat, type PosterWidth } from '@/lib/poster-urls';

/** Larger originals are scaled down when stored; nothing on the site shows more than 640 px. */
const STORED_MAX = { width: 2000, height: 3000 };
const MIN_SIDE = 50;
/** Refuse decompression bombs: a small file that decodes to a huge bitmap (checked from the header). */
const MAX_INPUT_PIXELS = 40_000_000;
/** A noisy 8 MB JPEG decodes in a few seconds; anything slower is given up rather than let run. */
const SHARP_TIMEOUT_SECONDS = 10;
/** Uploads waiting for their turn beyond this are refused: a flood must not queue forever. */
const MAX_WAITING = 4;

/*
 * One image at a time per process: decoding is CPU- and memory-heavy, and a few uploads in
 * parallel would starve every other request (the public pages share these two cores).
 */
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
export function oneImageAtATime<T>(work: () => Promise<T>): Promise<T> {
  waiting++;
  const run = queue.then(
    () => {
      waiting--;
      return work();
    },
    () => {
      waiting--;
      return work();
    },
  );
  queue = run.catch(() => undefined);
  return run;
}
export function imageQueueIsFull(): boolean {
  return waiting >= MAX_WAITING;
}
const BUSY = 'The server is busy with other images: try again in a moment. Nothing was saved.';

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
type PosterType = keyof typeof EXTENSIONS;

export type NormalizedPoster = { data: Buffer; type: PosterType; width: number; height: number; version: string };
export type PosterCheck = { ok: true; poster: NormalizedPoster } | { ok: false; message: string };

/** The real type from the first bytes: the file name and the browser's MIME type are not trusted. */
export function sniffImageType(bytes: Uint8Array): PosterType | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'png';
  if (
    b.length >= 12 &&
    String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!) === 'RIFF' &&
    String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!) === 'WEBP'
  ) {
    return 'webp';
  }
  return null;
}

const NOT_AN_IMAGE = 'This file is not a JPEG, PNG or WebP image. Choose a poster image in one of those formats.';

/**
 * Checks an upload and re-encodes it. Re-encoding without `withMetadata` drops EXIF, XMP and GPS
 * data; `rotate()` first applies the camera orientation so dropping it does not turn the image.
 */
export async function normalizePoster(bytes: Uint8Array): Promise<PosterCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The file is empty.' };
  if (bytes.byteLength > POSTER_MAX_BYTES) {
    return { ok: false, message: posterTooLarge(bytes.byteLength) };
  }
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { ok: false, message: NOT_AN_IMAGE };
  if (imageQueueIsFull()) return { ok: false, message: BUSY };
  return oneImageAtATime(() => decodePoster(bytes, sniffed));
}

async function decodePoster(bytes: Uint8Array, sniffed: PosterType): Promise<PosterCheck> {
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).timeout({ seconds: SHARP_TIMEOUT_SECONDS });
    const meta = await input.metadata();
    if (meta.format !== sniffed) return { ok: false, message: NOT_AN_IMAGE };
    if (meta.width && meta.height && meta.width * meta.height > MAX_INPUT_PIXELS) {
      return { ok: false, message: `The image is too large: at most ${MAX_INPUT_PIXELS / 1_000_000} million pixels.` };
    }
    if (!meta.width || !meta.height || meta.width < MIN_SIDE || meta.height < MIN_SIDE) {
      return { ok: false, message: `The image is too small: a poster is at least ${MIN_SIDE} × ${MIN_SIDE} pixels.` };
    }
    let pipeline = input.rotate().resize({ ...STORED_MAX, fit: 'inside', withoutEnlargement: true });
    pipeline =
      sniffed === 'jpeg'
        ? pipeline.jpeg({ quality: 90, mozjpeg: true })
        : sniffed === 'png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 90 });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    const version = createHash('sha256').update(data).digest('hex').slice(0, 16);
    return { ok: true, poster: { data, type: sniffed, width: info.width, height: info.height, version } };
  } catch (e) {
    if (e instanceof Error && /timeout/i.test(e.message)) {
      return { ok: false, message: 'This image took too long to process: save it smaller and try again.' };
    }
    return { ok: false, message: 'This image could not be read: it may be damaged or truncated.' };
  }
}

export function postersDir(): string {
  return path.join(dataDir(), 'posters');
}

function cacheDir(): string {
  return path.join(postersDir(), 'cache');
}

/** Resolves a stored poster path, refusing anything outside the posters folder. */
function resolveStored(posterPath: string): string {
  const full = path.resolve(dataDir(), posterPath);
  if (!full.startsWith(postersDir() + path.sep)) throw new Error(`Poster path outside the posters folder: ${posterPath}`);
  return full;
}

/**
 * Writes the normalized file. Names are content hashes, so writing is idempotent and a film's
 * poster path changes whenever its image does. Returns the path to store in films.poster_path.
 */
export async function storePoster(poster: NormalizedPoster): Promise<string> {
  const relative = `posters/${poster.version}.${EXTENSIONS[poster.type]}`;
  const full = resolveStored(relative);
  await mkdir(path.dirname(full), { recursive: true });
  if (!existsSync(full)) {
    const tmp = `${full}.${process.pid}.tmp`;
    await writeFile(tmp, poster.data);
    await rename(tmp, full);
  }
  return relative;
}

/** Deletes a stored original and its variants (after the database no longer points at it). */
export async function deletePosterFiles(posterPath: string): Promise<void> {
  const full = resolveStored(posterPath);
  await rm(full, { force: true });
  const version = path.basename(full).replace(/\.[a-z]+$/, '');
  const dir = cacheDir();
  if (!existsSync(dir)) return;
  const { readdir } = await import('node:fs/promises');
  for (const name of await readdir(dir)) if (name.startsWith(`${version}-`)) await rm(path.join(dir, name), { force: true });
}

const CONTENT_TYPES: Record<PosterFormat, string> = { avif: 'image/avif', webp: 'image/webp' };

/**
 * A resized variant, generated with sharp on first request and kept on disk afterwards; null when
 * the stored original is missing (a database restored without its posters folder).
 */
export async function posterVariant(
  posterPath: string,
  width: PosterWidth,
  format: PosterFormat,
): Promise<{ data: Buffer; contentType: string } | null> {
  const source = resolveStored(posterPath);
  const version = path.basename(source).replace(/\.[a-z]+$/, '');
  const file = path.join(cacheDir(), `${version}-${width}.${format}`);
  const contentType = CONTENT_TYPES[format];
  try {
    return { data: await readFile(file), contentType };
  } catch {
    // Not generated yet.
  }
  if (!existsSync(source)) return null;
  const data = await oneImageAtATime(() => {
    const resized = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).timeout({ seconds: SHARP_TIMEOUT_SECONDS }).resize({ width, withoutEnlargement: true });
    return (format === 'avif' ? resized.avif({ quality: 55, effort: 3 }) : resized.webp({ quality: 78 })).toBuffer();
  });
  await mkdir(cacheDir(), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
  return { data, contentType };
}
