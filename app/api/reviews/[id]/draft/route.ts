/**
 * Saves the editor's working copy when the writer leaves the page (navigator.sendBeacon cannot call
 * a server action). Same DAL call and version check as every other save.
 */
import { z } from 'zod';
import { Conflict, httpStatusOf, isDalError } from '@/lib/dal/errors';
import { saveReview } from '@/lib/dal/reviews';
import { reviewDraftSchema } from '@/lib/validation/review';
import { recordIdSchema } from '@/lib/validation/record-id';

const bodySchema = z.object({ version: z.number().int().positive(), fields: z.record(z.string(), z.unknown()) });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'Not found' }, { status: 404 });
  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    return Response.json({ error: 'Malformed JSON' }, { status: 400 });
  }
  const body = bodySchema.safeParse(json);
  const fields = body.success ? reviewDraftSchema.safeParse(body.data.fields) : null;
  if (!body.success || !fields?.success) return Response.json({ error: 'Invalid fields' }, { status: 422 });
  try {
    const saved = await saveReview(id.data, body.data.version, fields.data, 'autosave');
    return Response.json({ version: saved.version });
  } catch (e) {
    if (isDalError(e)) return Response.json({ error: e.message, conflict: e instanceof Conflict }, { status: httpStatusOf(e) });
    throw e;
  }
}
