import { describe, expect, it } from 'vitest';
import { FREED_WITHIN_MS, LOCK_HEARTBEAT_MS, LOCK_TTL_MS, heldByOther, lockExpiresAt } from './soft-lock';

describe('the soft lock', () => {
  const beat = new Date('2026-11-30T10:00:00Z');
  const after = (ms: number) => new Date(beat.getTime() + ms);

  it('holds while the page beats, even with one heartbeat late', () => {
    const lock = { userId: 1, expiresAt: lockExpiresAt(beat) };
    expect(heldByOther(lock, 2, after(LOCK_HEARTBEAT_MS))).toBe(lock);
    // The next heartbeat may be a whole interval late and still find its lock.
    expect(heldByOther(lock, 2, after(2 * LOCK_HEARTBEAT_MS))).toBe(lock);
    expect(LOCK_TTL_MS).toBeGreaterThan(2 * LOCK_HEARTBEAT_MS);
  });

  it('is gone for everyone once the expiry passes, with no release', () => {
    const lock = { userId: 1, expiresAt: lockExpiresAt(beat) };
    expect(heldByOther(lock, 2, after(LOCK_TTL_MS - 1))).toBe(lock);
    expect(heldByOther(lock, 2, after(LOCK_TTL_MS))).toBeNull();
  });

  it('frees a closed tab’s review on another viewer’s screen within 30 s', () => {
    // Worst case: the tab closes right after a heartbeat; the other page learns of it on its
    // first heartbeat after the expiry.
    expect(LOCK_TTL_MS + LOCK_HEARTBEAT_MS).toBeLessThanOrEqual(FREED_WITHIN_MS);
    expect(FREED_WITHIN_MS).toBe(30_000);
  });

  it('never counts the viewer’s own lock against them', () => {
    expect(heldByOther({ userId: 1, expiresAt: lockExpiresAt(beat) }, 1, beat)).toBeNull();
    expect(heldByOther(null, 1, beat)).toBeNull();
  });
});
