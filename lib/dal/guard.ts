/**
 * The permission gate every non-public DAL function passes through. It resolves the viewer itself:
 * callers never hand it a session, so a caller cannot vouch for someone else.
 */
import 'server-only';
import { can, type Action, type Resource, type Viewer } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { NotAllowed, NotSignedIn } from './errors';

export type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

export async function requireStaff(): Promise<StaffViewer> {
  const viewer = await getViewer();
  if (viewer.kind !== 'staff') throw new NotSignedIn();
  return viewer;
}

export async function authorize(action: Action, resource?: Resource): Promise<StaffViewer> {
  const viewer = await requireStaff();
  if (!can(viewer, action, resource)) throw new NotAllowed();
  return viewer;
}
