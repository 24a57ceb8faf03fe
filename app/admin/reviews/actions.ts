'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fromSiteLocal } from '@/lib/dates';
import { Conflict, FieldConflict, FieldsNotReady, InvalidTransition, NotAllowed, NotFound, NotSignedIn, Refused } from '@/lib/dal/errors';
import { getReviewFilmSlug, postComment, restoreRevision, saveReview, searchFilmsToReview, setCommentResolved, startReview, touchLock, transitionReview } from '@/lib/dal/desk/reviews';
import type { FilmChoice } from '@/lib/dal/types';
import { forbidIfNotAllowed, assertForm } from '@/lib/forms';
import type { EditorResult } from '@/lib/review-save';
import { routes } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';
import { recordIdSchema } from '@/lib/validation/record-id';
import { parseDraft, passageCommentSchema, replySchema, requestChangesSchema, saveRequestSchema } from '@/lib/validation/review';
import { REVIEW_EVENTS } from '@/lib/workflow';

const MALFORMED: EditorResult = { ok: false, kind: 'refused', message: 'The request was malformed.' };

function refusal(e: unknown): EditorResult {
  forbidIfNotAllowed(e);
  if (e instanceof Conflict) return { ok: false, kind: 'conflict', message: e.message };
  if (e instanceof NotSignedIn) return { ok: false, kind: 'signed_out', message: 'Your session has ended. Sign in again in another tab, then save.' };
  // A refusal about one field (a publication time in the past) is shown next to that field.
  if (e instanceof FieldConflict) return { ok: false, kind: 'invalid', message: e.message, fieldErrors: { [e.field]: [e.message] } };
  if (e instanceof FieldsNotReady) return { ok: false, kind: 'invalid', message: 'Not sent: correct the fields marked below.', fieldErrors: e.fieldErrors };
  if (e instanceof NotFound || e instanceof InvalidTransition || e instanceof Refused) {
    return { ok: false, kind: 'refused', message: e.message };
  }
  throw e;
}

async function revalidateReview(reviewId: number) {
  markStale(staleAfter.reviewTransition(await getReviewFilmSlug(reviewId)));
}

export async function searchFilmsAction(query: string): Promise<FilmChoice[]> {
  const q = z.string().max(100).safeParse(query);
  if (!q.success) return [];
  try {
    return await searchFilmsToReview(q.data);
  } catch (e) {
    if (e instanceof NotSignedIn || e instanceof NotAllowed) return [];
    throw e;
  }
}

export async function startReviewAction(formData: FormData): Promise<void> {
  assertForm(formData);
  const filmId = z.coerce.number().int().positive().safeParse(formData.get('filmId'));
  if (!filmId.success) redirect(`${routes.admin.newReview()}?error=film`);
  let id: number;
  try {
    id = await startReview(filmId.data);
  } catch (e) {
    forbidIfNotAllowed(e);
    if (e instanceof NotSignedIn) redirect(routes.login(routes.admin.newReview()));
    if (e instanceof NotFound) redirect(`${routes.admin.newReview()}?error=film`);
    throw e;
  }
  redirect(routes.admin.review(id));
}

export async function saveReviewAction(request: unknown): Promise<EditorResult> {
  const parsed = saveRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, kind: 'refused', message: 'The save request was malformed.' };
  // A draft stores the body whatever the side fields hold; what could not be stored is reported.
  const { fields, rejected } = parseDraft(parsed.data.fields);
  try {
    const saved = await saveReview(parsed.data.reviewId, parsed.data.version, fields, parsed.data.kind);
    markStale(staleAfter.reviewSaved({ status: saved.status, kind: parsed.data.kind, statusChanged: saved.statusChanged }));
    return { ok: true, version: saved.version, savedAt: saved.savedAt.toISOString(), status: saved.status, desk: saved.desk, rejected };
  } catch (e) {
    return refusal(e);
  }
}

const transitionRequestSchema = z.object({
  reviewId: z.number().int().positive(),
  version: z.number().int().positive(),
  event: z.enum(REVIEW_EVENTS),
  /** The editor's current fields, saved in the same transaction (submit). */
  fields: z.record(z.string(), z.unknown()).optional(),
  message: z.string().optional(),
  /** datetime-local value in the site's time zone. */
  publishAt: z.string().optional(),
});

export async function transitionReviewAction(request: unknown): Promise<EditorResult> {
  const parsed = transitionRequestSchema.safeParse(request);
  if (!parsed.success) return MALFORMED;
  const { reviewId, version, event } = parsed.data;

  let fields;
  if (parsed.data.fields) {
    // The rules for the event itself are the DAL's (on the stored values, in the transaction); a
    // field that cannot even be stored stops the event here.
    const f = parseDraft(parsed.data.fields);
    if (Object.keys(f.rejected).length > 0) {
      return { ok: false, kind: 'invalid', message: 'Not sent: correct the fields marked below.', fieldErrors: f.rejected };
    }
    fields = f.fields;
  }
  let message: string | undefined;
  if (event === 'request_changes') {
    const m = requestChangesSchema.safeParse({ message: parsed.data.message ?? '' });
    if (!m.success) return { ok: false, kind: 'invalid', message: 'Not sent: add a message.', fieldErrors: { message: [m.error.issues[0]!.message] } };
    message = m.data.message;
  }
  let publishAt: Date | undefined;
  if (event === 'schedule') {
    const at = fromSiteLocal(parsed.data.publishAt ?? '');
    if (!at) return { ok: false, kind: 'invalid', message: 'Not scheduled: choose a date and time.', fieldErrors: { publishAt: ['Choose a date and time.'] } };
    publishAt = at;
  }
  try {
    const result = await transitionReview(reviewId, event, version, { fields, message, publishAt });
    await revalidateReview(reviewId);
    return { ok: true, version: result.version, savedAt: new Date().toISOString(), status: result.status, desk: result.desk };
  } catch (e) {
    return refusal(e);
  }
}

/** A comment on the whole review, or (with `parentId`) a reply in a thread. */
export async function addCommentAction(reviewId: number, body: string, parentId?: number): Promise<EditorResult | { ok: true }> {
  const id = recordIdSchema.safeParse(reviewId);
  if (!id.success) return MALFORMED;
  const parsed = replySchema.partial({ parentId: true }).safeParse({ body, parentId });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.path[0] !== 'body') return MALFORMED;
    return { ok: false, kind: 'invalid', message: 'Not posted.', fieldErrors: { comment: [issue.message] } };
  }
  const { body: text, parentId: parent } = parsed.data;
  try {
    await postComment(id.data, parent === undefined ? { on: 'review', body: text } : { on: 'reply', body: text, parentId: parent });
  } catch (e) {
    return refusal(e);
  }
  markStale(staleAfter.reviewDesk(id.data));
  return { ok: true };
}

/**
 * A comment on the words selected in the editor: the editor's working copy (with the passage's
 * mark) is saved with it, like a draft save, so the answer is a save's answer.
 */
export async function commentOnPassageAction(request: unknown): Promise<EditorResult> {
  const parsed = passageCommentSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.path[0] !== 'body') return MALFORMED;
    return { ok: false, kind: 'invalid', message: 'Not posted.', fieldErrors: { comment: [issue.message] } };
  }
  const { reviewId, version, anchor, body } = parsed.data;
  const { fields, rejected } = parseDraft(parsed.data.fields);
  try {
    const { save } = await postComment(reviewId, { on: 'passage', body, anchor, expectedVersion: version, fields });
    markStale(staleAfter.reviewSaved({ status: save!.status, kind: 'manual', statusChanged: save!.statusChanged }));
    markStale(staleAfter.reviewDesk(reviewId));
    return { ok: true, version: save!.version, savedAt: save!.savedAt.toISOString(), status: save!.status, desk: save!.desk, rejected };
  } catch (e) {
    return refusal(e);
  }
}

export async function resolveCommentAction(commentId: number, resolved: boolean): Promise<EditorResult | { ok: true }> {
  const args = z.tuple([recordIdSchema, z.boolean()]).safeParse([commentId, resolved]);
  if (!args.success) return MALFORMED;
  try {
    await setCommentResolved(...args.data);
  } catch (e) {
    return refusal(e);
  }
  return { ok: true };
}

export async function lockAction(reviewId: number, takeOver: boolean): Promise<{ heldBy: string | null }> {
  const args = z.tuple([recordIdSchema, z.boolean()]).safeParse([reviewId, takeOver]);
  if (!args.success) return { heldBy: null };
  try {
    return await touchLock(...args.data);
  } catch (e) {
    forbidIfNotAllowed(e);
    if (e instanceof NotSignedIn || e instanceof NotFound) return { heldBy: null };
    throw e;
  }
}

export async function restoreRevisionAction(formData: FormData): Promise<void> {
  assertForm(formData);
  const parsed = z
    .object({ reviewId: z.coerce.number().int().positive(), number: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(routes.admin.home());
  const { reviewId, number, version } = parsed.data;
  let outcome = 'restored';
  try {
    await restoreRevision(reviewId, number, version);
  } catch (e) {
    const r = refusal(e);
    if (!r.ok && r.kind === 'signed_out') redirect(routes.login(routes.admin.reviewHistory(reviewId)));
    outcome = !r.ok && r.kind === 'conflict' ? 'conflict' : 'refused';
  }
  markStale(staleAfter.reviewDesk(reviewId));
  redirect(outcome === 'restored' ? `${routes.admin.review(reviewId)}?restored=${number}` : `${routes.admin.reviewHistory(reviewId)}?error=${outcome}`);
}
