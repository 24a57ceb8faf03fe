/**
 * Saves the editor's working copy when the writer leaves the page (navigator.sendBeacon cannot call
 * a server action). Same DAL call and version check as every other save.
 */
import { z } from 'zod';
import { Conflict, httpStatusOf, isDalError } from '@/lib/dal/errors';
import { saveReview } from '@/lib/dal/desk/reviews';
import { parseDraft } from '@/lib/validation/review';
import { beaconRequest } from '@/lib/beacon-request';
import { readBodyWithLimit } from '@/lib/http-body';

const bodySchema = z.object({ version: z.number().int().positive(), fields: z.record(z.string(), z.unknown()) });
/** Far above any review (the text is capped by the review schema); reading stops there. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const checked = await beaconRequest(request, params);
  if (!checked.ok) return checked.response;
  const read = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return read.reason === 'too_large'
      ? Response.json({ error: 'Too large' }, { status: 413 })
      : Response.json({ error: 'Unreadable body' }, { status: 400 });
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return Response.json({ error: 'Malformed JSON' }, { status: 400 });
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return Response.json({ error: 'Invalid fields' }, { status: 422 });
  // Like every draft save: the body is stored whatever the side fields hold.
  const { fields, rejected } = parseDraft(body.data.fields);
  try {
    const saved = await saveReview(checked.reviewId, body.data.version, fields, 'autosave');
    return Response.json({ version: saved.version, rejected });
  } catch (e) {
    if (isDalError(e)) return Response.json({ error: e.message, conflict: e instanceof Conflict }, { status: httpStatusOf(e) });
    throw e;
  }
}
