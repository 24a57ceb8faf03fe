/**
 * Resized poster variants: /posters/<film id>/<version>/<width>.<avif|webp>. The version is the
 * stored file's hash, so a URL always names the same bytes and may be cached for a year; a new
 * upload changes the version. Variants are generated on first request and kept on disk.
 */
import { z } from 'zod';
import { getPosterSource } from '@/lib/dal/public/films';
import { POSTER_FORMATS, POSTER_WIDTHS, type PosterFormat, type PosterWidth } from '@/lib/poster-urls';
import { imageNotFound as notFound, imageResponse } from '@/lib/images';
import { posterVariant } from '@/lib/posters';
import { recordIdSchema } from '@/lib/validation/record-id';

const paramsSchema = z.object({
  filmId: recordIdSchema,
  version: z.string().regex(/^[0-9a-f]{16}$/),
  file: z
    .string()
    .regex(/^\d+\.[a-z]+$/)
    .transform((f) => {
      const [w, ext] = f.split('.');
      return { width: Number(w) as PosterWidth, format: ext as PosterFormat };
    })
    .refine((f) => POSTER_WIDTHS.includes(f.width) && POSTER_FORMATS.includes(f.format)),
});

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string; version: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return notFound();
  const source = await getPosterSource(parsed.data.filmId);
  if (!source || source.version !== parsed.data.version) return notFound();
  const variant = await posterVariant(source.posterPath, parsed.data.file.width, parsed.data.file.format);
  if (!variant) {
    console.warn(`poster file missing for film ${parsed.data.filmId}: ${source.posterPath} (restore data/posters/ with the database)`);
    return notFound();
  }
  return imageResponse(variant);
}
