import { describe, expect, it } from 'vitest';
import { moveOnto, moveWithin } from './reorder';

type Row = { key: string; role: string };
const rows: Row[] = [
  { key: 'a', role: 'cast' },
  { key: 'd', role: 'director' },
  { key: 'b', role: 'cast' },
  { key: 'c', role: 'cast' },
];
const sameRole = (x: Row, y: Row) => x.role === y.role;
const keys = (r: Row[]) => r.map((x) => x.key).join('');

describe('moving a row within its group', () => {
  it('steps over rows of other groups', () => {
    expect(keys(moveWithin(rows, 0, 1, sameRole))).toBe('bdac');
    expect(keys(moveWithin(rows, 2, -1, sameRole))).toBe('bdac');
  });

  it('stays put at either end of its group', () => {
    expect(moveWithin(rows, 0, -1, sameRole)).toBe(rows);
    expect(moveWithin(rows, 3, 1, sameRole)).toBe(rows);
    expect(moveWithin(rows, 1, 1, sameRole)).toBe(rows);
  });
});

describe('dropping a row onto another', () => {
  it('lands after a row below and before a row above', () => {
    expect(keys(moveOnto(rows, 'a', 'c', sameRole))).toBe('dbca');
    expect(keys(moveOnto(rows, 'c', 'a', sameRole))).toBe('cadb');
  });

  it('keeps the order of each group as the buttons would', () => {
    const dropped = moveOnto(rows, 'a', 'b', sameRole).filter((r) => r.role === 'cast');
    const stepped = moveWithin(rows, 0, 1, sameRole).filter((r) => r.role === 'cast');
    expect(keys(dropped)).toBe(keys(stepped));
  });

  it('refuses a drop in another group, on itself or from nowhere', () => {
    expect(moveOnto(rows, 'a', 'd', sameRole)).toBe(rows);
    expect(moveOnto(rows, 'a', 'a', sameRole)).toBe(rows);
    expect(moveOnto(rows, 'zz', 'a', sameRole)).toBe(rows);
  });
});
