/**
 * zod schemas for the media library: the words that go with an image (alt text required, caption
 * and credit optional), the upload's form fields, and the library's search. Shared by the upload
 * route, the library's actions and the forms in the browser.
 */
import { z } from 'zod';
import { IMAGE_LAYOUTS, IMAGE_TEXT_LIMITS } from '@/lib/rich-text/allow-list';

const optional = (max: number, label: string) =>
  z
    .string()
    .nullish()
    .transform((s) => (s ?? '').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, `${label} is at most ${max} characters.`))
    .transform((s) => (s === '' ? null : s));

export const mediaDetailsSchema = z.object({
  alt: z
    .string({ error: 'Describe the image for readers who cannot see it.' })
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, 'Describe the image for readers who cannot see it.')
        .max(IMAGE_TEXT_LIMITS.alt, `Alt text is at most ${IMAGE_TEXT_LIMITS.alt} characters.`),
    ),
  caption: optional(IMAGE_TEXT_LIMITS.caption, 'A caption'),
  credit: optional(IMAGE_TEXT_LIMITS.credit, 'A credit'),
});
export type MediaDetails = z.output<typeof mediaDetailsSchema>;

/** The name the file had, kept to find it again: no folders, no control characters, bounded. */
export const mediaFileNameSchema = z
  .string()
  .nullish()
  .transform((s) =>
    (s ?? '')
      .replace(/^.*[\\/]/, '')
       
      .replace(/[\u0000-\u001f\u007f]+/g, '')
      .trim()
      .slice(0, 200),
  )
  .transform((s) => s || 'image');

export const mediaLayoutSchema = z.enum(IMAGE_LAYOUTS).catch('column');

export const mediaSearchSchema = z.object({
  q: z
    .string()
    .nullish()
    .transform((s) => (s ?? '').trim().slice(0, 100)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** What a credit-less image is told: film stills belong to someone. */
export const MISSING_CREDIT = 'No credit yet: film stills and photos belong to someone (a distributor, a photographer). Add who to credit.';
