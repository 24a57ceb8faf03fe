import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_DATA } from '../../playwright.config';

/**
 * Moves the server's clock (lib/clock.ts reads BOBINE_CLOCK_FILE on every call) so that a scheduled
 * review can be seen to go live without sleeping.
 */
/**
 * The tag of a test that must have the server to itself: one that moves the server's clock (every
 * test on the server sees the move), or one that needs no other writer while it watches the cache.
 * Such tests run in their own project, one at a time, after all the others (playwright.config.ts).
 */
export const ALONE = { tag: '@alone' } as const;

export function setClockOffset(ms: number) {
  writeFileSync(path.join(E2E_DATA, 'clock-offset'), String(ms));
}

/** Moves the server's clock so that it reads `instant` now (the demo's release dates are fixed). */
export function setServerTime(instant: string) {
  setClockOffset(Date.parse(instant) - Date.now());
}

/** A datetime-local value, in the site's time zone, `minutes` from now. */
export function siteLocalIn(minutes: number, timeZone = 'Europe/Paris'): string {
  const d = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
