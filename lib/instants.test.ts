import { describe, expect, it } from 'vitest';
import { formatInstant } from './dates';
import { formatClockIn, formatInstantIn, zoneAbbreviation } from './instants';

describe('one way to write an instant', () => {
  const at = new Date('2026-11-29T20:51:00Z');

  it('writes it in the zone it is given, never the machine’s', () => {
    expect(formatInstantIn(at, 'Europe/Paris')).toBe('November 29, 2026 at 21:51');
    expect(formatInstantIn(at, 'America/New_York')).toBe('November 29, 2026 at 15:51');
    expect(formatInstantIn(at.toISOString(), 'Europe/Paris')).toBe('November 29, 2026 at 21:51');
  });

  it('gives the time of the same format for “Saved 21:51”', () => {
    expect(formatClockIn(at, 'Europe/Paris')).toBe('21:51');
    expect(formatInstantIn(at, 'Europe/Paris').endsWith(formatClockIn(at, 'Europe/Paris'))).toBe(true);
    // The hour after midnight is 00, never 24.
    expect(formatClockIn(new Date('2026-11-29T23:05:00Z'), 'Europe/Paris')).toBe('00:05');
  });

  it('is what server pages use for the site’s zone (Europe/Paris by default)', () => {
    expect(formatInstant(at)).toBe(formatInstantIn(at, 'Europe/Paris'));
  });

  it('names the zone as it is at that instant', () => {
    expect(zoneAbbreviation('Europe/Paris', at)).toBe('CET');
    expect(zoneAbbreviation('Europe/Paris', new Date('2026-07-01T12:00:00Z'))).toBe('CEST');
  });
});
