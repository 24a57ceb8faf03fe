/**
 * The viewer of the current request, resolved once per request. The next-auth token says who signed
 * in and when; the role and the disabled flag always come from the database.
 */
import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { ANONYMOUS, type Viewer } from './permissions';
import { authOptions } from './options';
import { loadSessionViewer } from '@/lib/dal/identity';

export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await getServerSession(authOptions());
  const id = Number(session?.user?.id);
  const authAt = Number(session?.authAt);
  if (!Number.isInteger(id) || id <= 0 || !Number.isFinite(authAt)) return ANONYMOUS;
  return (await loadSessionViewer(id, authAt)) ?? ANONYMOUS;
});
