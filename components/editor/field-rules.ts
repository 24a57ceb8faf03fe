'use client';

import { useState } from 'react';
import { siteDateOf } from '@/lib/dates';
import { fieldProblems, type TextField } from '@/lib/validation/review';

/**
 * The messages next to each side field: the review's rules (lib/validation/review.ts, the same
 * module the server enforces on submission) applied to what is typed, at once, plus what the
 * server said about the last save or event. `today` is the site's date, in the site's zone.
 */
export function useFieldErrors(values: { mark: number | null; seenOn: string; venue: string } & Partial<Record<TextField, string>>, server: Record<string, string[]>, timeZone: string, editable: boolean) {
  const [today] = useState(() => siteDateOf(new Date(), timeZone));
  // Someone who may not change the fields is not told to.
  return editable ? mergeErrors(fieldProblems(values, today), server) : mergeErrors(server);
}

export function mergeErrors(...sources: Record<string, string[]>[]): Record<string, string[] | undefined> {
  const out: Record<string, string[]> = {};
  for (const source of sources) for (const [name, messages] of Object.entries(source)) out[name] = [...new Set([...(out[name] ?? []), ...messages])];
  return out;
}
