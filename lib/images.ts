/**
 * The image hardening shared by posters (lib/posters.ts) and the media library (lib/media.ts):
 * the real type read from the bytes, a size ceiling before anything is decoded, a pixel ceiling read
 * from the header, sharp bounded in time and run one image at a time, metadata stripped by
 * re-encoding, files written atomically under the data directory, and resized AVIF/WebP variants
 * kept on disk. Callers check the permission before calling anything here that decodes.
 */
// No 'server-only' here: scripts use it too (npm run media:rebuild, the demo seed); node:fs keeps it
// off the client anyway.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'zod';
import { recordIdSchema } from './validation/record-id';

// Every variant is written to disk once and then served as a file, so libvips's operation cache
// (up to 50 MB and 100 files by default) would only hold memory in the server for nothing.
sharp.cache(false);

/** Refuse decompression bombs: a small file that decodes to a huge bitmap (checked from the header). */
export const MAX_INPUT_PIXELS = 40_000_000;
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

export const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
export type ImageType = keyof typeof EXTENSIONS;
export const MIME_TYPES: Record<ImageType, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

export type NormalizedImage = { data: Buffer; type: ImageType; width: number; height: number; version: string };
export type ImageCheck = { ok: true; image: NormalizedImage } | { ok: false; message: string };

/** The real type from the first bytes: the file name and the browser's MIME type are not trusted. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
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

export type ImageRules = {
  maxBytes: number;
  /** What a person is told when the file is over `maxBytes`. */
  tooLarge: (bytes: number) => string;
  /** Larger originals are scaled down to fit inside this box when stored. */
  storedMax: { width: number; height: number };
  minSide: number;
  /** "a poster", "an image": in the messages. */
  noun: string;
};

/**
 * Checks an upload and re-encodes it. Re-encoding without `withMetadata` drops EXIF, XMP and GPS
 * data; `rotate()` first applies the camera orientation so dropping it does not turn the image.
 */
export async function normalizeImage(bytes: Uint8Array, rules: ImageRules): Promise<ImageCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The file is empty.' };
  if (bytes.byteLength > rules.maxBytes) return { ok: false, message: rules.tooLarge(bytes.byteLength) };
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { ok: false, message: `This file is not a JPEG, PNG or WebP image. Choose ${rules.noun} in one of those formats.` };
  if (imageQueueIsFull()) return { ok: false, message: BUSY };
  return oneImageAtATime(() => decodeImage(bytes, sniffed, rules));
}

async function decodeImage(bytes: Uint8Array, sniffed: ImageType, rules: ImageRules): Promise<ImageCheck> {
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).timeout({ seconds: SHARP_TIMEOUT_SECONDS });
    const meta = await input.metadata();
    if (meta.format !== sniffed) {
      return { ok: false, message: `This file is not a JPEG, PNG or WebP image. Choose ${rules.noun} in one of those formats.` };
    }
    if (meta.width && meta.height && meta.width * meta.height > MAX_INPUT_PIXELS) {
      return { ok: false, message: `The image is too large: at most ${MAX_INPUT_PIXELS / 1_000_000} million pixels.` };
    }
    if (!meta.width || !meta.height || meta.width < rules.minSide || meta.height < rules.minSide) {
      return { ok: false, message: `The image is too small: ${rules.noun} is at least ${rules.minSide} × ${rules.minSide} pixels.` };
    }
    let pipeline = input.rotate().resize({ ...rules.storedMax, fit: 'inside', withoutEnlargement: true });
    pipeline =
      sniffed === 'jpeg'
        ? pipeline.jpeg({ quality: 90, mozjpeg: true })
        : sniffed === 'png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 90 });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    const version = createHash('sha256').update(data).digest('hex').slice(0, 16);
    return { ok: true, image: { data, type: sniffed, width: info.width, height: info.height, version } };
  } catch (e) {
    if (e instanceof Error && /timeout/i.test(e.message)) {
      return { ok: false, message: 'This image took too long to process: save it smaller and try again.' };
    }
    return { ok: false, message: 'This image could not be read: it may be damaged or truncated.' };
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Stores a content-addressed file once (writing the same bytes again changes nothing). */
export async function storeOnce(file: string, data: Uint8Array): Promise<void> {
  if (!existsSync(file)) await writeAtomically(file, data);
}

export type VariantFormat = 'avif' | 'webp';
export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp' };

/** Encodes one resized variant of a stored original (never enlarged). */
export function encodeVariant(source: string, width: number, format: VariantFormat): Promise<Buffer> {
  return oneImageAtATime(() => {
    const resized = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS })
      .timeout({ seconds: SHARP_TIMEOUT_SECONDS })
      .resize({ width, withoutEnlargement: true });
    return (format === 'avif' ? resized.avif({ quality: 55, effort: 3 }) : resized.webp({ quality: 78 })).toBuffer();
  });
}

/**
 * A resized variant, read from `cached` or generated from `source` on first request and kept there;
 * null when the stored original is missing (a database restored without its image folders).
 */
export async function cachedVariant(
  source: string,
  cached: string,
  width: number,
  format: VariantFormat,
): Promise<{ data: Buffer; contentType: string } | null> {
  const contentType = VARIANT_CONTENT_TYPES[format];
  try {
    return { data: await readFile(cached), contentType };
  } catch {
    // Not generated yet.
  }
  if (!existsSync(source)) return null;
  const data = await encodeVariant(source, width, format);
  await writeAtomically(cached, data);
  return { data, contentType };
}

/** The headers every image variant is served with: its address names its bytes for good. */
export function imageResponse(variant: { data: Buffer; contentType: string }): Response {
  return new Response(new Uint8Array(variant.data), {
    headers: {
      'Content-Type': variant.contentType,
      'Content-Length': String(variant.data.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function imageNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The address of a stored image's variant, `/<root>/<id>/<version>/<width>.<format>`, as a route's
 * params: the record id, the original's 16-hex-digit hash, and a width and format from the allowed
 * lists. Anything else is a 404 before any file is touched.
 */
export function variantAddressSchema<W extends number, F extends string>(widths: readonly W[], formats: readonly F[]) {
  return z.object({
    id: recordIdSchema,
    version: z.string().regex(/^[0-9a-f]{16}$/),
    file: z
      .string()
      .regex(/^\d+\.[a-z]+$/)
      .transform((f) => {
        const [w, ext] = f.split('.');
        return { width: Number(w) as W, format: ext as F };
      })
      .refine((f) => widths.includes(f.width) && formats.includes(f.format)),
  });
}
