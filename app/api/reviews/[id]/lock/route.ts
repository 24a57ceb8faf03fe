/**
 * Releases the viewer's soft lock when the editor page goes away (navigator.sendBeacon on
 * pagehide: a server action's fetch is cancelled with the page, a beacon is not). Without it the
 * review would stay "being edited" until the lock expires (lib/soft-lock.ts).
 */
import { httpStatusOf, isDalError } from '@/lib/dal/errors';
import { releaseLock } from '@/lib/dal/desk/reviews';
import { beaconRequest } from '@/lib/beacon-request';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const checked = await beaconRequest(request, params);
  if (!checked.ok) return checked.response;
  try {
    await releaseLock(checked.reviewId);
  } catch (e) {
    if (isDalError(e)) return Response.json({ error: e.message }, { status: httpStatusOf(e) });
    throw e;
  }
  return new Response(null, { status: 204 });
}
