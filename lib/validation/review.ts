/**
 * Review inputs, one schema per intent, derived from one base. A draft may lack a mark; a
 * submission may not. The body is any JSON here: it is reduced to the rich-text allow-list by
 * sanitizeDoc before it is stored.
 */
import { z } from 'zod';
import { isoDateSchema } from '@/lib/dates';
import { markSchema } from '@/lib/marks';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { eventNeedsMark, type ReviewEvent } from '@/lib/workflow';

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export const reviewFieldsSchema = z.object({
  body: z.unknown().transform((v) => sanitizeDoc(v)),
  mark: z.preprocess((v) => {
    const e = emptyToNull(v);
    return typeof e === 'string' ? Number(e) : e;
  }, markSchema.nullable()),
  seenOn: z.preprocess(emptyToNull, isoDateSchema.nullable()),
  venue: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() || null : emptyToNull(v)),
    z.string().max(120, 'Use at most 120 characters.').nullable(),
  ),
  containsSpoilers: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
});

export const reviewDraftSchema = reviewFieldsSchema;
export type ReviewDraftInput = z.infer<typeof reviewDraftSchema>;

const reviewWithMarkSchema = reviewFieldsSchema.extend({
  mark: z.preprocess((v) => {
    const e = emptyToNull(v);
    return typeof e === 'string' ? Number(e) : (e ?? undefined);
  }, markSchema),
});

/** The fields sent with a workflow event: with a mark when the workflow needs one for it. */
export function reviewFieldsSchemaFor(event: ReviewEvent) {
  return eventNeedsMark(event) ? reviewWithMarkSchema : reviewDraftSchema;
}

export const saveRequestSchema = z.object({
  reviewId: z.number().int().positive(),
  /** The version the writer started from; a save over a newer one is refused. */
  version: z.number().int().positive(),
  kind: z.enum(['manual', 'autosave']),
  fields: z.record(z.string(), z.unknown()),
});

export const requestChangesSchema = z.object({
  message: z.string().trim().min(1, 'Tell the author what to change.').max(5000, 'Use at most 5,000 characters.'),
});

export const commentSchema = z.object({
  body: z.string().trim().min(1, 'Write a comment.').max(5000, 'Use at most 5,000 characters.'),
});
