/**
 * The one source of "now" for visibility rules. Tests move time forward by writing an offset to
 * BOBINE_CLOCK_FILE (see e2e/helpers/clock.ts) so that a scheduled review can be seen to go live
 * without sleeping; production never sets it.
 */
import { readFileSync } from 'node:fs';

export function now(): Date {
  const file = process.env.BOBINE_CLOCK_FILE;
  if (file) {
    try {
      const offset = Number(readFileSync(file, 'utf8').trim());
      if (Number.isFinite(offset)) return new Date(Date.now() + offset);
    } catch {
      // No clock file yet: real time.
    }
  }
  return new Date();
}
