import { describe, expect, it } from 'vitest';
import { averageMark, isMark, markLabel, markSchema, roundToHalfStar, starFillPercent, toOutOfFive, toStarText, toStars } from './marks';

describe('the mark scale', () => {
  it('accepts whole half-star counts from 0 to 10 only', () => {
    for (let m = 0; m <= 10; m++) expect(isMark(m)).toBe(true);
    for (const bad of [-1, 11, 7.5, Number.NaN, '8', null]) expect(isMark(bad)).toBe(false);
    expect(markSchema.safeParse(11).error?.issues[0]?.message).toBe('A mark is at most 10.');
  });

  it('draws 8 as four full stars and one empty', () => {
    expect(toStars(8)).toEqual(['full', 'full', 'full', 'full', 'empty']);
    expect(toStarText(8)).toBe('★★★★☆');
  });

  it('draws odd marks with a half star', () => {
    expect(toStars(7)).toEqual(['full', 'full', 'full', 'half', 'empty']);
    expect(toStars(1)).toEqual(['half', 'empty', 'empty', 'empty', 'empty']);
    expect(toStars(0)).toEqual(Array(5).fill('empty'));
    expect(toStars(10)).toEqual(Array(5).fill('full'));
  });

  it('prints marks out of five', () => {
    expect(toOutOfFive(8)).toBe('4/5');
    expect(toOutOfFive(7)).toBe('3.5/5');
    expect(toOutOfFive(0)).toBe('0/5');
    expect(toOutOfFive(10)).toBe('5/5');
    expect(toOutOfFive(22 / 3)).toBe('3.7/5');
    expect(markLabel(7)).toBe('3.5 out of 5 stars');
  });

  it('averages only valid marks, null when none', () => {
    expect(averageMark([])).toBeNull();
    expect(averageMark([null, undefined])).toBeNull();
    expect(averageMark([8, 7])).toBe(7.5);
    expect(averageMark([8, null, 6])).toBe(7);
    expect(averageMark([8, 42])).toBe(8);
  });

  it('rounds an average to the nearest half star for drawing', () => {
    expect(roundToHalfStar(7.5)).toBe(8);
    expect(roundToHalfStar(7.4)).toBe(7);
    expect(toStars(roundToHalfStar(7.5))).toEqual(['full', 'full', 'full', 'full', 'empty']);
  });
});

describe('markDistribution', () => {
  it('counts every half-star bucket from 0 to 10, ignoring missing and invalid marks', async () => {
    const { markDistribution } = await import('./marks');
    const d = markDistribution([8, 8, 7, 0, 10, null, undefined, 11, 7.5]);
    expect(d).toHaveLength(11);
    expect(d[0]).toEqual({ mark: 0, count: 1 });
    expect(d[7]).toEqual({ mark: 7, count: 1 });
    expect(d[8]).toEqual({ mark: 8, count: 2 });
    expect(d[10]).toEqual({ mark: 10, count: 1 });
    expect(d.reduce((a, b) => a + b.count, 0)).toBe(5);
    expect(markDistribution([]).every((b) => b.count === 0)).toBe(true);
  });
});

describe('the row of stars', () => {
  it('is filled to the half star the mark rounds to, like toStars draws it', () => {
    expect(starFillPercent(7)).toBe(70);
    expect(starFillPercent(7.33)).toBe(70);
    expect(starFillPercent(7.6)).toBe(80);
    expect(starFillPercent(12)).toBe(100);
    expect(starFillPercent(-1)).toBe(0);
    for (let m = 0; m <= 10; m++) {
      const halves = toStars(m).reduce((n, f) => n + (f === 'full' ? 2 : f === 'half' ? 1 : 0), 0);
      expect(starFillPercent(m)).toBe(halves * 10);
    }
  });
});
