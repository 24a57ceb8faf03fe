import { describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_MS, lockedForMinutes } from './rate-limit';

describe('sign-in rate limit', () => {
  const t = 1_000_000_000_000;
  it('does not lock below the limit', () => {
    expect(lockedForMinutes([t - 1000, t - 2000, t - 3000, t - 4000], 5, t)).toBe(0);
  });
  it('locks at the limit for the rest of the window', () => {
    const five = [1, 2, 3, 4, 5].map((i) => t - i * 60_000);
    expect(lockedForMinutes(five, 5, t)).toBe(10);
  });
  it('forgets failures older than the window', () => {
    const old = [1, 2, 3, 4, 5].map((i) => t - FAILURE_WINDOW_MS - i);
    expect(lockedForMinutes(old, 5, t)).toBe(0);
  });
});
