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

/** First free slug given a taken-check: "dune", "dune-2", "dune-3"… */
export async function uniqueSlug(base: string, isTaken: (s: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base) || 'untitled';
  if (!(await isTaken(root))) return root;
  for (let i = 2; ; i++) {
    const candidate = `${root.slice(0, SLUG_MAX - String(i).length - 1)}-${i}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
