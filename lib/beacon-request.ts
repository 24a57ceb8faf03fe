/**
 * What the leave-the-page routes (app/api/reviews/[id]/draft and …/lock, called with
 * navigator.sendBeacon) check before anything else, in this order: a well-formed review id, a
 * same-site request, a signed-in staff member. No body is read for anyone else.
 */
import { getViewer } from '@/lib/auth/viewer';
import { isCrossSite } from '@/lib/http-origin';
import { recordIdSchema } from '@/lib/validation/record-id';

export async function beaconRequest(
  request: Request,
  params: Promise<{ id: string }>,
): Promise<{ ok: true; reviewId: number } | { ok: false; response: Response }> {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return { ok: false, response: Response.json({ error: 'Not found' }, { status: 404 }) };
  // The session cookie is SameSite=Lax already; like Next.js does for server actions, a browser's
  // Origin must also name the host the request was sent to (sendBeacon from our page sends it).
  if (isCrossSite(request.headers)) return { ok: false, response: Response.json({ error: 'Cross-site request' }, { status: 403 }) };
  if ((await getViewer()).kind !== 'staff') return { ok: false, response: Response.json({ error: 'Sign in again' }, { status: 401 }) };
  return { ok: true, reviewId: id.data };
}
