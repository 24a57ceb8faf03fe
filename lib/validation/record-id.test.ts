import { describe, expect, it } from 'vitest';
import { recordIdSchema } from './record-id';

describe('record ids in addresses', () => {
  it('accepts a positive integer written as digits', () => {
    expect(recordIdSchema.parse('12')).toBe(12);
  });

  it.each(['0', '-1', '1.5', 'abc', '', '99999999999', '1e3x'])('refuses %j', (raw) => {
    expect(recordIdSchema.safeParse(raw).success).toBe(false);
  });
});
