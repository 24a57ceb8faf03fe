/**
 * The mark scale, defined once. A mark is an integer from 0 to 10 counting half-stars: 8 is
 * ★★★★☆, printed "4/5"; 7 is ★★★½☆, "3.5/5". Used by the film page, the editor's Mark field,
 * JSON-LD and the demo seed.
 */
import { z } from 'zod';

export const MARK_MIN = 0;
export const MARK_MAX = 10;
export const STAR_COUNT = MARK_MAX / 2;

export const markSchema = z
  .number({ error: 'Choose a mark.' })
  .int('A mark is a whole number of half-stars.')
  .min(MARK_MIN, `A mark is at least ${MARK_MIN}.`)
  .max(MARK_MAX, `A mark is at most ${MARK_MAX}.`);

export function isMark(value: unknown): value is number {
  return markSchema.safeParse(value).success;
}

export type StarFill = 'full' | 'half' | 'empty';

/** Five stars, each full, half or empty. */
export function toStars(mark: number): StarFill[] {
  const m = clamp(mark);
  return Array.from({ length: STAR_COUNT }, (_, i) => {
    const left = m - i * 2;
    return left >= 2 ? 'full' : left >= 1 ? 'half' : 'empty';
  });
}

/** Marks out of five in at most one decimal: 8 → 4, 7 → 3.5, 7.33 → 3.7. */
export function toOutOfFiveNumber(mark: number): number {
  return Math.round((clamp(mark) / 2) * 10) / 10;
}

/** "4/5", "3.5/5". */
export function toOutOfFive(mark: number): string {
  return `${formatDecimal(toOutOfFiveNumber(mark))}/5`;
}

/** "★★★½☆" (text form, for feeds and plain-text excerpts). */
export function toStarText(mark: number): string {
  return toStars(mark)
    .map((s) => (s === 'full' ? '★' : s === 'half' ? '½' : '☆'))
    .join('');
}

/** Accessible sentence for a mark: "4 out of 5 stars". */
export function markLabel(mark: number): string {
  return `${formatDecimal(toOutOfFiveNumber(mark))} out of 5 stars`;
}

/** Average of the given marks on the 0–10 scale, null when there are none. */
export function averageMark(marks: readonly (number | null | undefined)[]): number | null {
  const valid = marks.filter((m): m is number => typeof m === 'number' && isMark(m));
  if (valid.length === 0) return null;
  return valid.reduce((a, b) => a + b, 0) / valid.length;
}

/**
 * An average rounded to the nearest half-star, for drawing stars (the "/5" text keeps one decimal).
 */
export function roundToHalfStar(mark: number): number {
  return Math.round(clamp(mark));
}

/** How much of the row of stars is filled, in percent: a mark drawn to the half star (7 → 70). */
export function starFillPercent(mark: number): number {
  return (roundToHalfStar(mark) / MARK_MAX) * 100;
}

function clamp(mark: number): number {
  return Math.min(MARK_MAX, Math.max(MARK_MIN, mark));
}

function formatDecimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export type MarkBucket = { mark: number; count: number };

/** How many times each mark from 0 to 10 was given (eleven half-star buckets, empty ones included). */
export function markDistribution(marks: readonly (number | null | undefined)[]): MarkBucket[] {
  const counts = Array.from({ length: MARK_MAX - MARK_MIN + 1 }, () => 0);
  for (const m of marks) if (isMark(m)) counts[m - MARK_MIN]! += 1;
  return counts.map((count, i) => ({ mark: i + MARK_MIN, count }));
}

/** Every mark on the scale, for choosers: value 0–10, label "3.5/5". */
export const MARK_CHOICES = Array.from({ length: MARK_MAX - MARK_MIN + 1 }, (_, i) => ({
  value: i + MARK_MIN,
  label: toOutOfFive(i + MARK_MIN),
}));
