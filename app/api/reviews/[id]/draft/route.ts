/**
 * Saves the editor's working copy when the writer leaves the page (navigator.sendBeacon cannot call
 * a server action). Same DAL call and version check as every other save.
 */
import { z } from 'zod';
import { Conflict, httpStatusOf, isDalError } from '@/lib/dal/errors';
import { saveReview } from '@/lib/dal/desk/reviews';
import { parseDraft } from '@/lib/validation/review';
import { recordIdSchema } from '@/lib/validation/record-id';
import { getViewer } from '@/lib/auth/viewer';
import { readBodyWithLimit } from '@/lib/http-body';

const bodySchema = z.object({ version: z.number().int().positive(), fields: z.record(z.string(), z.unknown()) });
/** Far above any review (the text is capped by the review schema); reading stops there. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'Not found' }, { status: 404 });
  // The session cookie is SameSite=Lax already; like Next.js does for server actions, a browser's
  // Origin must also name the host the request was sent to (sendBeacon from our page sends it).
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && (URL.canParse(origin) ? new URL(origin).host : origin) !== host) return Response.json({ error: 'Cross-site request' }, { status: 403 });
  // Nobody reads a body for an anonymous caller: saveReview checks permissions again, but only
  // after the body would have been read and parsed.
  if ((await getViewer()).kind !== 'staff') return Response.json({ error: 'Sign in again' }, { status: 401 });
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
    const saved = await saveReview(id.data, body.data.version, fields, 'autosave');
    return Response.json({ version: saved.version, rejected });
  } catch (e) {
    if (isDalError(e)) return Response.json({ error: e.message, conflict: e instanceof Conflict }, { status: httpStatusOf(e) });
    throw e;
  }
}
