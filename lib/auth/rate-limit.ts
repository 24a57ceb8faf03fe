/** Sign-in rate limits, defined once. Pure: the DAL counts failures, this decides. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures per account within the window before it is locked. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * Failures per address within the window. Higher than per account: several people can share an
 * office address, while a password-guessing run tries many accounts from one.
 */
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Minutes until the lock lifts, or 0 when not locked; `failures` are instants in the window. */
export function lockedForMinutes(failures: number[], limit: number, at: number): number {
  const recent = failures.filter((t) => t > at - FAILURE_WINDOW_MS).sort((a, b) => b - a);
  if (recent.length < limit) return 0;
  // Locked until the limit-th most recent failure leaves the window.
  const unlockAt = recent[limit - 1]! + FAILURE_WINDOW_MS;
  return Math.max(1, Math.ceil((unlockAt - at) / 60_000));
}

/**
 * An address this account signed in from within this period is "known" for it: failures from a
 * known address are counted per account *and* address, so a stranger guessing the password from
 * elsewhere cannot lock the owner out of their usual address (OWASP ASVS V2.2.1).
 */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
