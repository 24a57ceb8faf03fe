/**
 * Date formatting, defined once. Calendar dates are `YYYY-MM-DD` strings (no time zone); instants
 * are Date objects shown in the site's time zone (BOBINE_TIME_ZONE, default Europe/Paris).
 */
import { z } from 'zod';
import { formatClockIn, formatInstantIn } from './instants';

export const SITE_TIME_ZONE = process.env.BOBINE_TIME_ZONE || 'Europe/Paris';
const LOCALE = 'en-US';

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-05-28.')
  .refine((s) => isValidIsoDate(s), 'That date does not exist.');

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function calendar(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** "May 28, 2025" */
export function formatCalendarDate(iso: string): string {
  return calendar(iso).toLocaleDateString(LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** "Jun 4, 2025" */
export function formatShortDate(iso: string): string {
  return calendar(iso).toLocaleDateString(LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function yearOf(iso: string | null | undefined): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** "June 4, 2025 at 10:00" in the site's time zone (lib/instants.ts, shared with client islands). */
export function formatInstant(d: Date): string {
  return formatInstantIn(d, SITE_TIME_ZONE);
}

/**
 * "21:04": the time of day of an instant in the site's time zone. Client components pass the zone
 * they were given by the page (the environment variable is read on the server only).
 */
export function formatClockTime(d: Date, timeZone: string = SITE_TIME_ZONE): string {
  return formatClockIn(d, timeZone);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in the site's time zone, as YYYY-MM-DD. */
export function siteDateOf(d: Date | number, timeZone: string = SITE_TIME_ZONE): string {
  // Asked before every cache hit (lib/cache/public-pages.ts): a formatter costs far more to make than to use.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(d);
}

/**
 * 125 → "2 h 05", 45 → "45 min", joined by no-break spaces: a running time never breaks across
 * lines (a narrow film card wrapped it as "2 h" over "05").
 */
export function formatRuntime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}\u00a0min` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/** 125 → "PT2H5M" (schema.org duration) */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : h ? '' : '0M'}`;
}

/** The offset of the site's time zone from UTC at an instant, in milliseconds. */
function zoneOffsetMs(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: SITE_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** "2026-11-25T18:30" read as a wall-clock time in the site's time zone → the instant (UTC). */
export function fromSiteLocal(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  let guess = wall - zoneOffsetMs(new Date(wall));
  guess = wall - zoneOffsetMs(new Date(guess));
  const d = new Date(guess);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An instant as the value of a datetime-local input in the site's time zone. */
export function toSiteLocal(d: Date): string {
  const shifted = new Date(d.getTime() + zoneOffsetMs(d));
  return shifted.toISOString().slice(0, 16);
}
