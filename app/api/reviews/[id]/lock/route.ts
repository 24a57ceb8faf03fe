/**
 * Releases the viewer's soft lock when the editor page goes away (navigator.sendBeacon on
 * pagehide: a server action's fetch is cancelled with the page, a beacon is not). Without it the
 * review would stay "being edited" until the lock expires (lib/soft-lock.ts).
 */
import { httpStatusOf, isDalError } from '@/lib/dal/errors';
import { releaseLock } from '@/lib/dal/desk/reviews';
import { getViewer } from '@/lib/auth/viewer';
import { recordIdSchema } from '@/lib/validation/record-id';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'Not found' }, { status: 404 });
  // As for the leave-the-page save: a browser's Origin must name this host.
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && (URL.canParse(origin) ? new URL(origin).host : origin) !== host) return Response.json({ error: 'Cross-site request' }, { status: 403 });
  if ((await getViewer()).kind !== 'staff') return Response.json({ error: 'Sign in again' }, { status: 401 });
  try {
    await releaseLock(id.data);
  } catch (e) {
    if (isDalError(e)) return Response.json({ error: e.message }, { status: httpStatusOf(e) });
    throw e;
  }
  return new Response(null, { status: 204 });
}
