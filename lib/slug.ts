/** Slug rules, defined once: lower-case ASCII words joined by single hyphens, accents folded. */
import { z } from 'zod';

export const SLUG_MAX = 80;

export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
}

export const slugSchema = z
  .string()
  .min(1, 'A slug needs at least one letter or digit.')
  .max(SLUG_MAX, `A slug is at most ${SLUG_MAX} characters.`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens.');

/**
 * First free slug for `base` ("dune", "dune-2", "dune-3"…), `fallback` when nothing of it survives
 * slugify. `taken` is synchronous so that the check and the insert share one transaction.
 */
export function freeSlug(base: string, fallback: string, taken: (s: string) => boolean): string {
  const root = slugify(base) || fallback;
  if (!taken(root)) return root;
  for (let i = 2; ; i++) {
    const candidate = `${root.slice(0, SLUG_MAX - String(i).length - 1)}-${i}`;
    if (!taken(candidate)) return candidate;
  }
}
