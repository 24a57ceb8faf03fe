/**
 * Media library files: checking an upload (lib/images.ts, the same hardening as posters), keeping
 * the re-encoded original under `<data>/media/` and deriving AVIF/WebP variants into
 * `<data>/media/cache/` (on first request, or all at once with `npm run media:rebuild`).
 */
// No 'server-only' here: `npm run media:rebuild` and the demo seed use it outside Next.js.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '@/lib/env';
import { cachedVariant, encodeVariant, EXTENSIONS, MIME_TYPES, normalizeImage, storeOnce, writeAtomically, type ImageCheck, type NormalizedImage } from '@/lib/images';
import { MEDIA_FORMATS, MEDIA_MAX_BYTES, mediaTooLarge, mediaWidthsFor, portraitWidthsFor, type MediaFormat, type MediaWidth } from '@/lib/media-urls';

/** Originals are kept large enough for a wide figure on a 2× screen, and no larger. */
const MEDIA_RULES = {
  maxBytes: MEDIA_MAX_BYTES,
  tooLarge: mediaTooLarge,
  storedMax: { width: 4000, height: 4000 },
  minSide: 100,
  noun: 'an image',
};

export function normalizeMedia(bytes: Uint8Array): Promise<ImageCheck> {
  return normalizeImage(bytes, MEDIA_RULES);
}

export function mediaDir(): string {
  return path.join(dataDir(), 'media');
}

function cacheDir(): string {
  return path.join(mediaDir(), 'cache');
}

/** Resolves a stored media path, refusing anything outside the media folder. */
function resolveStored(mediaPath: string): string {
  const full = path.resolve(dataDir(), mediaPath);
  if (!full.startsWith(mediaDir() + path.sep)) throw new Error(`Media path outside the media folder: ${mediaPath}`);
  return full;
}

export type StoredMedia = { path: string; version: string; mime: string; width: number; height: number; bytes: number };

/** Writes the normalized original (content-addressed, so storing the same image twice is one file). */
export async function storeMedia(image: NormalizedImage): Promise<StoredMedia> {
  const relative = `media/${image.version}.${EXTENSIONS[image.type]}`;
  await storeOnce(resolveStored(relative), image.data);
  return { path: relative, version: image.version, mime: MIME_TYPES[image.type], width: image.width, height: image.height, bytes: image.data.byteLength };
}

function variantFile(version: string, width: number, format: MediaFormat): string {
  return path.join(cacheDir(), `${version}-${width}.${format}`);
}

/** Deletes a stored original and its variants (once no row points at it any more). */
export async function deleteMediaFiles(mediaPath: string): Promise<void> {
  const full = resolveStored(mediaPath);
  await rm(full, { force: true });
  const version = path.basename(full).replace(/\.[a-z]+$/, '');
  if (!existsSync(cacheDir())) return;
  for (const name of await readdir(cacheDir())) if (name.startsWith(`${version}-`)) await rm(path.join(cacheDir(), name), { force: true });
}

/** A resized variant; null when the stored original is missing (a restore without data/media/). */
export async function mediaVariant(mediaPath: string, version: string, width: MediaWidth, format: MediaFormat) {
  return cachedVariant(resolveStored(mediaPath), variantFile(version, width, format), width, format);
}

/**
 * Derives every variant a page may ask for, replacing what is on disk (after a change of widths or
 * encoder settings, or a restore that brought back the originals only). Returns how many files were
 * written; a missing original is reported, not fatal.
 */
export async function rebuildMediaVariants(item: { path: string; version: string; width: number }): Promise<{ written: number; missing: boolean }> {
  const source = resolveStored(item.path);
  if (!existsSync(source)) return { written: 0, missing: true };
  let written = 0;
  for (const width of [...portraitWidthsFor(item), ...mediaWidthsFor(item)]) {
    for (const format of MEDIA_FORMATS) {
      await writeAtomically(variantFile(item.version, width, format), await encodeVariant(source, width, format));
      written++;
    }
  }
  return { written, missing: false };
}
