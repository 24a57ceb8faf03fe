/**
 * Library image variants: /media/<media id>/<version>/<width>.<avif|webp>. The version is the stored
 * original's hash, so a URL always names the same bytes and may be cached for a year. Variants are
 * generated on first request and kept on disk (`npm run media:rebuild` makes them all at once).
 */
import { z } from 'zod';
import { getMediaSource } from '@/lib/dal/public/media';
import { imageNotFound, imageResponse } from '@/lib/images';
import { MEDIA_FORMATS, MEDIA_WIDTHS, type MediaFormat, type MediaWidth } from '@/lib/media-urls';
import { mediaVariant } from '@/lib/media';
import { recordIdSchema } from '@/lib/validation/record-id';

const paramsSchema = z.object({
  mediaId: recordIdSchema,
  version: z.string().regex(/^[0-9a-f]{16}$/),
  file: z
    .string()
    .regex(/^\d+\.[a-z]+$/)
    .transform((f) => {
      const [w, ext] = f.split('.');
      return { width: Number(w) as MediaWidth, format: ext as MediaFormat };
    })
    .refine((f) => MEDIA_WIDTHS.includes(f.width) && MEDIA_FORMATS.includes(f.format)),
});

export async function GET(_request: Request, { params }: { params: Promise<{ mediaId: string; version: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return imageNotFound();
  const source = await getMediaSource(parsed.data.mediaId);
  if (!source || source.version !== parsed.data.version) return imageNotFound();
  try {
    const variant = await mediaVariant(source.path, source.version, parsed.data.file.width, parsed.data.file.format);
    if (variant) return imageResponse(variant);
  } catch (e) {
    // A damaged original is as good as a missing one for the reader: no 500 for an image.
    console.warn(`media ${parsed.data.mediaId}: variant failed: ${e instanceof Error ? e.message : String(e)}`);
    return imageNotFound();
  }
  console.warn(`media file missing for image ${parsed.data.mediaId}: ${source.path} (restore data/media/ with the database)`);
  return imageNotFound();
}
