import { describe, expect, it } from 'vitest';
import { diffWords } from './diff';

describe('diffWords', () => {
  it('marks added and removed words', () => {
    expect(diffWords('The dog steals the film.', 'The cat steals the whole film.')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'dog' },
      { kind: 'added', text: 'cat' },
      { kind: 'same', text: ' steals the ' },
      { kind: 'added', text: 'whole ' },
      { kind: 'same', text: 'film.' },
    ]);
  });
  it('handles empty sides', () => {
    expect(diffWords('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(diffWords('Old', '')).toEqual([{ kind: 'removed', text: 'Old' }]);
    expect(diffWords('', '')).toEqual([]);
  });
  it('reassembles both sides exactly', () => {
    const before = 'One two three.\nFour five.';
    const after = 'One three.\nFour five six.';
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
  });
  it('finds a late edit in a long review precisely, without a table the size of the whole text', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    const parts = diffWords(`${long} ending.`, `${long} finale.`);
    expect(parts).toEqual([
      { kind: 'same', text: `${long} ` },
      { kind: 'removed', text: 'ending.' },
      { kind: 'added', text: 'finale.' },
    ]);
  });
});
