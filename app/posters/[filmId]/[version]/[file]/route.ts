/**
 * Resized poster variants: /posters/<film id>/<version>/<width>.<avif|webp>. The version is the
 * stored file's hash, so a URL always names the same bytes and may be cached for a year; a new
 * upload changes the version. Variants are generated on first request and kept on disk.
 */
import { getPosterSource } from '@/lib/dal/public/films';
import { POSTER_FORMATS, POSTER_WIDTHS } from '@/lib/poster-urls';
import { imageNotFound as notFound, imageResponse, variantAddressSchema } from '@/lib/images';
import { posterVariant } from '@/lib/posters';

const paramsSchema = variantAddressSchema(POSTER_WIDTHS, POSTER_FORMATS);

export async function GET(_request: Request, { params }: { params: Promise<{ filmId: string; version: string; file: string }> }) {
  const { filmId, version, file } = await params;
  const parsed = paramsSchema.safeParse({ id: filmId, version, file });
  if (!parsed.success) return notFound();
  const source = await getPosterSource(parsed.data.id);
  if (!source || source.version !== parsed.data.version) return notFound();
  const variant = await posterVariant(source.posterPath, parsed.data.file.width, parsed.data.file.format);
  if (!variant) {
    console.warn(`poster file missing for film ${parsed.data.id}: ${source.posterPath} (restore data/posters/ with the database)`);
    return notFound();
  }
  return imageResponse(variant);
}
