/**
 * Poster files: checking an upload, normalizing it, storing it under the data directory and
 * producing resized variants on demand. Files live in `<data>/posters/` (never under public/: they
 * are served by app/posters/…/route.ts) and variants in `<data>/posters/cache/`. The hardening
 * itself (type from the bytes, pixel and size limits, bounded sharp) is lib/images.ts, shared with
 * the media library.
 */
import 'server-only';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '@/lib/env';
import { cachedVariant, EXTENSIONS, normalizeImage, storeOnce, type ImageType, type NormalizedImage } from '@/lib/images';
import { POSTER_MAX_BYTES, posterTooLarge, type PosterFormat, type PosterWidth } from '@/lib/poster-urls';

export { imageQueueIsFull, oneImageAtATime, sniffImageType } from '@/lib/images';

/** Larger originals are scaled down when stored; nothing on the site shows more than 640 px. */
const POSTER_RULES = {
  maxBytes: POSTER_MAX_BYTES,
  tooLarge: posterTooLarge,
  storedMax: { width: 2000, height: 3000 },
  minSide: 50,
  noun: 'a poster',
};

export type NormalizedPoster = NormalizedImage & { type: ImageType };
export type PosterCheck = { ok: true; poster: NormalizedPoster } | { ok: false; message: string };

export async function normalizePoster(bytes: Uint8Array): Promise<PosterCheck> {
  const checked = await normalizeImage(bytes, POSTER_RULES);
  return checked.ok ? { ok: true, poster: checked.image } : checked;
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
  await storeOnce(resolveStored(relative), poster.data);
  return relative;
}

/** Deletes a stored original and its variants (after the database no longer points at it). */
export async function deletePosterFiles(posterPath: string): Promise<void> {
  const full = resolveStored(posterPath);
  await rm(full, { force: true });
  const version = path.basename(full).replace(/\.[a-z]+$/, '');
  const dir = cacheDir();
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) if (name.startsWith(`${version}-`)) await rm(path.join(dir, name), { force: true });
}

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
  return cachedVariant(source, path.join(cacheDir(), `${version}-${width}.${format}`), width, format);
}
