/**
 * Who a session belongs to, read fresh from the database on every request: a disabled account, a
 * changed role or a reset password takes effect on the next request, not when the token expires.
 * Used only by lib/auth/viewer.ts.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { getDb } from './db';

export async function loadSessionViewer(userId: number, authenticatedAt: number): Promise<Viewer | null> {
  const user = await getDb()
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      disabledAt: users.disabledAt,
      sessionsValidAfter: users.sessionsValidAfter,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user || user.disabledAt) return null;
  if (user.sessionsValidAfter && authenticatedAt < user.sessionsValidAfter.getTime()) return null;
  return { kind: 'staff', id: user.id, role: user.role, name: user.name, email: user.email };
}
