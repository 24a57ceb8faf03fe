/**
 * Library image variants: /media/<media id>/<version>/<width>.<avif|webp>. The version is the stored
 * original's hash, so a URL always names the same bytes and may be cached for a year. Variants are
 * generated on first request and kept on disk (`npm run media:rebuild` makes them all at once).
 */
import { getMediaSource } from '@/lib/dal/public/media';
import { imageNotFound, imageResponse, variantAddressSchema } from '@/lib/images';
import { MEDIA_FORMATS, SERVED_MEDIA_WIDTHS } from '@/lib/media-urls';
import { mediaVariant } from '@/lib/media';

const paramsSchema = variantAddressSchema(SERVED_MEDIA_WIDTHS, MEDIA_FORMATS);

export async function GET(_request: Request, { params }: { params: Promise<{ mediaId: string; version: string; file: string }> }) {
  const { mediaId, version, file } = await params;
  const parsed = paramsSchema.safeParse({ id: mediaId, version, file });
  if (!parsed.success) return imageNotFound();
  const source = await getMediaSource(parsed.data.id);
  if (!source || source.version !== parsed.data.version) return imageNotFound();
  try {
    const variant = await mediaVariant(source.path, source.version, parsed.data.file.width, parsed.data.file.format);
    if (variant) return imageResponse(variant);
  } catch (e) {
    // A damaged original is as good as a missing one for the reader: no 500 for an image.
    console.warn(`media ${parsed.data.id}: variant failed: ${e instanceof Error ? e.message : String(e)}`);
    return imageNotFound();
  }
  console.warn(`media file missing for image ${parsed.data.id}: ${source.path} (restore data/media/ with the database)`);
  return imageNotFound();
}
