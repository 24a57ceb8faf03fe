import { describe, expect, it } from 'vitest';
import { waitingFor } from './waiting';

describe('waitingFor', () => {
  const t = new Date('2026-11-30T12:00:00Z');
  const ago = (ms: number) => new Date(t.getTime() - ms);
  it('says minutes, then hours up to two days, then days', () => {
    expect(waitingFor(ago(30_000), t)).toBe('0 min');
    expect(waitingFor(ago(59 * 60_000), t)).toBe('59 min');
    expect(waitingFor(ago(47 * 3600_000), t)).toBe('47 h');
    expect(waitingFor(ago(50 * 3600_000), t)).toBe('2 days');
    expect(waitingFor(new Date(t.getTime() + 5000), t)).toBe('0 min');
  });
});
