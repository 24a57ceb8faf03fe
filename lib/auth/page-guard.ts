/**
 * Maps the DAL's typed failures to what a page does: sign in, 403, or 404. Pages wrap their DAL
 * calls in `guarded`; the check itself stays in the DAL.
 */
import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { NotAllowed, NotFound, NotSignedIn } from '@/lib/dal/errors';
import { routes } from '@/lib/routes';

export async function guarded<T>(load: () => Promise<T>, next = routes.admin.home()): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof NotSignedIn) redirect(routes.login(next));
    if (e instanceof NotAllowed) forbidden();
    if (e instanceof NotFound) notFound();
    throw e;
  }
}
