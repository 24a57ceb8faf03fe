/**
 * Review inputs and the rules on a review's fields, each defined once and used by the server (the
 * authority: server actions, the leave-the-page route and the DAL) and by the editor, which shows
 * the same messages next to each field as soon as something is typed.
 *
 * Two levels, because a writer's text must never be lost to a side field:
 * - **Storable** (`draftFieldSchemas`): what a draft save accepts, field by field. A 300-character
 *   venue or a viewing date in 2099 is storable; a date that does not exist, a mark off the scale
 *   or a venue beyond any venue's length is not. A field that is not storable never blocks the
 *   save: the body and the other fields are stored, that field keeps its stored value and the
 *   save reports it (see `parseDraft`).
 * - **Ready to submit** (`submissionProblems`): a mark, a viewing date that is not in the future, a
 *   venue that fits the printed line. Checked when the review goes to the desk and again before
 *   it is approved, published or scheduled (`eventChecksFields`), never on a draft save.
 *
 * The body is any JSON here: it is reduced to the rich-text allow-list by sanitizeDoc, keeping the
 * desk's passage-comment marks (the working copy is the desk's; public pages drop them).
 */
import { z } from 'zod';
import { isoDateSchema } from '@/lib/dates';
import { markSchema } from '@/lib/marks';
import type { RichDoc } from '@/lib/rich-text/allow-list';
import { isCommentKey } from '@/lib/rich-text/comment-key';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import type { ReviewEvent } from '@/lib/workflow';

/** The printed line "Seen on … at the Grand Rex" takes a venue of at most this many characters. */
export const VENUE_MAX = 120;
/** Beyond this a venue is not a venue: a draft keeps its previous one (a bound on what is stored). */
export const VENUE_STORED_MAX = 2000;

/**
 * The display text beside the body: what fits the page's heading and intro, and what search
 * engines and social cards show before cutting (their guidance, ~60 and ~155 characters, is
 * lib/seo/snippet.ts's; these are the hard ceilings a submission must respect).
 */
export const TEXT_FIELD_MAX = { headline: 120, standfirst: 320, seoTitle: 100, seoDescription: 300 } as const;
export type TextField = keyof typeof TEXT_FIELD_MAX;
export const TEXT_FIELDS = Object.keys(TEXT_FIELD_MAX) as TextField[];
/** Beyond this no such field is kept by a draft (a bound on what is stored, as for the venue). */
export const TEXT_STORED_MAX = 2000;

export const MARK_REQUIRED = 'Choose a mark.';
export const SEEN_ON_FUTURE = 'The viewing date cannot be in the future.';
export const VENUE_TOO_LONG = `Use at most ${VENUE_MAX} characters.`;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const trimmedOrNull = (v: unknown) => (typeof v === 'string' ? v.trim() || null : emptyToNull(v));
/** One line of display text: line breaks and runs of spaces are one space (a heading has no breaks). */
const lineOrNull = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() || null : emptyToNull(v));
const storedText = z.preprocess(lineOrNull, z.string().max(TEXT_STORED_MAX, `More than ${TEXT_STORED_MAX} characters cannot be kept.`).nullable());
export const tooLongMessage = (max: number) => `Use at most ${max} characters.`;

/** Each side field on its own, so that one that cannot be stored never takes the others down. */
export const draftFieldSchemas = {
  mark: z.preprocess((v) => {
    const e = emptyToNull(v);
    return typeof e === 'string' ? Number(e) : e;
  }, markSchema.nullable()),
  seenOn: z.preprocess(emptyToNull, isoDateSchema.nullable()),
  venue: z.preprocess(trimmedOrNull, z.string().max(VENUE_STORED_MAX, `A venue of more than ${VENUE_STORED_MAX} characters cannot be kept.`).nullable()),
  containsSpoilers: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
  headline: storedText,
  standfirst: storedText,
  seoTitle: storedText,
  seoDescription: storedText,
  /**
   * A library image's id, or null to remove it. Only the shape is checked here: that the library
   * knows it is checked where it is stored (an unknown id is dropped, like a figure's).
   */
  leadImageId: z.preprocess((v) => {
    const e = emptyToNull(v);
    return typeof e === 'string' && /^\d+$/.test(e) ? Number(e) : e;
  }, z.number().int('Choose an image from the library.').positive('Choose an image from the library.').max(Number.MAX_SAFE_INTEGER).nullable()),
};
export type SideField = keyof typeof draftFieldSchemas;
export const SIDE_FIELDS = Object.keys(draftFieldSchemas) as SideField[];

const bodySchema = z.unknown().transform((v) => sanitizeDoc(v, { comments: true }));

/** A complete, storable set of fields (every field present and storable). */
export const reviewDraftSchema = z.object({ body: bodySchema, ...draftFieldSchemas });

type SideValues = { mark: number | null; seenOn: string | null; venue: string | null; containsSpoilers: boolean; leadImageId: number | null } & Record<TextField, string | null>;
/** The stored values the submission rules read. */
export type ReadyValues = Pick<SideValues, 'mark' | 'seenOn' | 'venue'> & Partial<Record<TextField, string | null>>;
/** What a draft save stores: the body always; a side field left out keeps its stored value. */
export type ReviewDraftInput = { body: RichDoc } & Partial<SideValues>;

export type ParsedDraft = { fields: ReviewDraftInput; rejected: Record<string, string[]> };

/**
 * The fields of a draft save. Each side field is checked on its own: one that cannot be stored is
 * left out (so the stored value stays) and reported under its name, and the body is stored
 * whatever the side fields hold. Chosen over refusing the save (the writer's words would wait on a
 * field) and over storing a blank instead (a crafted or mistyped value would erase a good one):
 * the writer keeps what they typed on screen and in the browser's copy, next to the message.
 */
export function parseDraft(input: Record<string, unknown>): ParsedDraft {
  const fields: ReviewDraftInput = { body: sanitizeDoc(input.body, { comments: true }) };
  const rejected: Record<string, string[]> = {};
  for (const name of SIDE_FIELDS) {
    if (!(name in input)) continue;
    const r = draftFieldSchemas[name].safeParse(input[name]);
    if (r.success) (fields as Record<string, unknown>)[name] = r.data;
    else rejected[name] = r.error.issues.map((i) => i.message);
  }
  return { fields, rejected };
}

/** The rules a review meets before it goes to the desk, as a schema for the site's `today`. */
export function submissionSchema(today: string) {
  return z.object({
    mark: markSchema.nullable().refine((m) => m !== null, MARK_REQUIRED),
    seenOn: z
      .string()
      .nullable()
      .refine((d) => d === null || d <= today, SEEN_ON_FUTURE),
    venue: z.string().max(VENUE_MAX, VENUE_TOO_LONG).nullable(),
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, z.string().max(TEXT_FIELD_MAX[f], tooLongMessage(TEXT_FIELD_MAX[f])).nullable().optional()])) as Record<
      TextField,
      z.ZodOptional<z.ZodNullable<z.ZodString>>
    >),
  });
}

/**
 * What keeps these stored (or storable) values from being submitted, by field; empty when ready.
 * `today` is the site's calendar date (YYYY-MM-DD), so the server and the editor agree on it.
 */
export function submissionProblems(values: ReadyValues, today: string): Record<string, string[]> {
  const r = submissionSchema(today).safeParse({
    mark: values.mark,
    seenOn: values.seenOn,
    venue: values.venue,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f] ?? null])),
  });
  const out: Record<string, string[]> = {};
  if (!r.success) for (const issue of r.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

/**
 * What the editor shows next to each field while the writer types: what a save could not store,
 * and what would stop a submission. Raw form values in, the same messages the server gives out.
 */
export function fieldProblems(input: { mark: unknown; seenOn: unknown; venue: unknown } & Partial<Record<TextField, unknown>>, today: string): Record<string, string[]> {
  const { fields, rejected } = parseDraft(input);
  const ready = submissionProblems(
    {
      mark: fields.mark ?? null,
      seenOn: fields.seenOn ?? null,
      venue: fields.venue ?? null,
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, fields[f] ?? null])),
    },
    today,
  );
  const out: Record<string, string[]> = { ...rejected };
  // A field that cannot even be stored says so, not also why it cannot be submitted.
  for (const [name, messages] of Object.entries(ready)) if (!(name in rejected)) out[name] = messages;
  return out;
}

/**
 * The events that take a review towards (or onto) the public site: each needs the fields to be
 * ready, as stored at that moment, whoever edited them since the submission.
 */
export function eventChecksFields(event: ReviewEvent): boolean {
  return event === 'submit' || event === 'approve' || event === 'publish' || event === 'schedule';
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

/** A reply names the comment it answers. */
export const replySchema = commentSchema.extend({ parentId: z.number().int().positive() });

/** A comment on a passage, sent with the editor's working copy that carries its mark. */
export const passageCommentSchema = commentSchema.extend({
  reviewId: z.number().int().positive(),
  version: z.number().int().positive(),
  anchor: z.string().refine(isCommentKey, 'Select the words to comment on.'),
  fields: z.record(z.string(), z.unknown()),
});
