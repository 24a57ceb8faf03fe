/**
 * The soft lock's timing, one rule for the server (which stores the expiry) and the editor page
 * (which renews it). A lock is only renewed by an open page, so a tab that is closed or crashed
 * without releasing it frees the review at most LOCK_TTL_MS after its last heartbeat; another
 * viewer's page, polling at the same pace, sees it gone at most one heartbeat later.
 * FREED_WITHIN_MS is that promise (issue 12: a closed tab frees the review within 30 s).
 */
export const LOCK_HEARTBEAT_MS = 8_000;
/** Long enough that one late or lost heartbeat of an open tab does not free its lock. */
export const LOCK_TTL_MS = 20_000;
export const FREED_WITHIN_MS = 30_000;

export function lockExpiresAt(heartbeatAt: Date): Date {
  return new Date(heartbeatAt.getTime() + LOCK_TTL_MS);
}

export type StoredLock = { userId: number; expiresAt: Date };

/** The lock that keeps `viewerId` from editing freely at `at`: someone else's, not yet expired. */
export function heldByOther<L extends StoredLock>(lock: L | null | undefined, viewerId: number, at: Date): L | null {
  return lock && lock.userId !== viewerId && lock.expiresAt > at ? lock : null;
}
