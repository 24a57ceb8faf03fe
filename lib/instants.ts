/**
 * How the desk writes an instant, defined once for server and client components alike: no
 * `process.env`, no Node import, so a client island formats with the zone the server hands it
 * and shows the same "November 29, 2026 at 21:51" as a server page, never the browser's own zone.
 * lib/dates.ts binds these to the site's zone (BOBINE_TIME_ZONE) for server code.
 */
const LOCALE = 'en-US';

function asDate(d: Date | string): Date {
  return typeof d === 'string' ? new Date(d) : d;
}

/** "November 29, 2026 at 21:51" in `timeZone`. */
export function formatInstantIn(d: Date | string, timeZone: string): string {
  return asDate(d).toLocaleString(LOCALE, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // Not `hour12: false`: with the en-US locale it picks the h24 cycle and prints "24:54" for
    // six minutes to one in the morning.
    hourCycle: 'h23',
    timeZone,
  });
}

/** "21:51" in `timeZone`: the time part of formatInstantIn, for "Saved 21:51". */
export function formatClockIn(d: Date | string, timeZone: string): string {
  return asDate(d).toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}

/** The zone's short name at an instant ("CET" in winter, "CEST" in summer; "GMT+1" where the locale has none). */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
