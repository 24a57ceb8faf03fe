/**
 * zod schemas for the images attached to records outside review bodies: a film's ordered stills and
 * a critic's portrait. Shared by the server actions and the forms that send them.
 */
import { z } from 'zod';
import { recordIdSchema } from './record-id';

/** More than this is a slideshow, not a film page's gallery. */
export const MAX_STILLS = 12;

export const filmStillsSchema = z.object({
  filmId: recordIdSchema,
  mediaIds: z
    .array(recordIdSchema)
    .max(MAX_STILLS, `A film shows at most ${MAX_STILLS} stills.`)
    .refine((ids) => new Set(ids).size === ids.length, 'A still appears only once.'),
});
export type FilmStillsInput = z.output<typeof filmStillsSchema>;

/** A portrait to set, or null to go back to the initials. */
export const portraitSchema = z.object({ mediaId: recordIdSchema.nullable() });
