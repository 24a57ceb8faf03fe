/**
 * Date formatting, defined once. Calendar dates are `YYYY-MM-DD` strings (no time zone); instants
 * are Date objects shown in the site's time zone (BOBINE_TIME_ZONE, default Europe/Paris).
 */
import { z } from 'zod';

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

/** "June 4, 2025 at 10:00" in the site's time zone. */
export function formatInstant(d: Date): string {
  return d.toLocaleString(LOCALE, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: SITE_TIME_ZONE,
  });
}

/** The calendar date of an instant in the site's time zone, as YYYY-MM-DD. */
export function siteDateOf(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: SITE_TIME_ZONE,
  }).format(d);
  return parts;
}

/** 125 → "2 h 05" */
export function formatRuntime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** 125 → "PT2H5M" (schema.org duration) */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : h ? '' : '0M'}`;
}
