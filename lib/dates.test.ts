import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatClockTime, formatInstant, formatRuntime, isValidIsoDate, isoDuration, siteDateOf } from './dates';
import { seenOnSentence, venuePhrase } from './viewing';

describe('dates', () => {
  it('formats calendar dates without time-zone drift', () => {
    expect(formatCalendarDate('2025-06-04')).toBe('June 4, 2025');
    expect(formatCalendarDate('2025-01-01')).toBe('January 1, 2025');
  });
  it('validates ISO dates', () => {
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2024-2-9')).toBe(false);
  });
  it('formats running times', () => {
    expect(formatRuntime(125)).toBe('2\u00a0h\u00a005');
    expect(formatRuntime(120)).toBe('2\u00a0h\u00a000');
    expect(formatRuntime(45)).toBe('45\u00a0min');
    // No ordinary space: a line may not break inside a running time.
    for (const minutes of [45, 60, 125, 600]) expect(formatRuntime(minutes)).not.toMatch(/[ \t\n]/);
    expect(isoDuration(125)).toBe('PT2H5M');
    expect(isoDuration(120)).toBe('PT2H');
  });
});

describe('the viewing line', () => {
  it('reads like the seed page', () => {
    expect(seenOnSentence('2025-05-28', 'Grand Rex')).toBe('Seen on May 28, 2025 at the Grand Rex');
    expect(seenOnSentence('2025-05-21', 'Metropolitan FilmExport')).toBe('Seen on May 21, 2025 at the Metropolitan FilmExport');
  });
  it('keeps a venue’s own article', () => {
    expect(venuePhrase('Le Champo')).toBe('Le Champo');
    expect(venuePhrase('the Lux')).toBe('the Lux');
    expect(venuePhrase('home')).toBe('home');
    expect(seenOnSentence(null, null)).toBeNull();
    expect(seenOnSentence('2025-05-28', null)).toBe('Seen on May 28, 2025');
  });
});

describe('site-local times', () => {
  it('reads wall-clock times in Europe/Paris across DST', async () => {
    const { fromSiteLocal, toSiteLocal } = await import('./dates');
    expect(fromSiteLocal('2026-11-25T18:30')?.toISOString()).toBe('2026-11-25T17:30:00.000Z');
    expect(fromSiteLocal('2026-07-01T09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(toSiteLocal(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01T09:00');
    expect(fromSiteLocal('not a date')).toBeNull();
  });
});

describe('formatInstant', () => {
  it('writes the hour after midnight as 00, never 24', () => {
    // 23:54 UTC on 29 November is 00:54 on the 30th in Paris (the default site zone).
    expect(formatInstant(new Date('2026-11-29T23:54:00Z'))).toMatch(/\b00:54\b/);
  });
});

describe('formatClockTime', () => {
  it('gives the time of day in the site’s zone, whatever the browser’s, and never 24:xx', () => {
    expect(formatClockTime(new Date('2026-11-29T20:04:00Z'))).toBe('21:04');
    expect(formatClockTime(new Date('2026-11-29T23:54:00Z'))).toBe('00:54');
    expect(formatClockTime(new Date('2026-11-29T20:04:00Z'), 'America/New_York')).toBe('15:04');
  });

  it('agrees with the site’s calendar date', () => {
    expect(siteDateOf(new Date('2026-11-29T23:54:00Z'))).toBe('2026-11-30');
    expect(siteDateOf(new Date('2026-11-29T23:54:00Z'), 'America/New_York')).toBe('2026-11-29');
  });
});
