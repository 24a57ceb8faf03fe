/**
 * Unit tests run DAL functions "as" someone by stubbing what next-auth would return for the session;
 * the viewer is still resolved by the real lib/auth/viewer.ts against the database, so disabled
 * accounts and role changes behave as they do in production.
 */
import { vi } from 'vitest';

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string }; authAt: number } }));

vi.mock('next-auth', () => ({ getServerSession: async () => state.session }));

export function actAs(userId: number | null) {
  state.session = userId === null ? null : { user: { id: String(userId) }, authAt: Date.now() };
}
