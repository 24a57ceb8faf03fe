import { describe, expect, it } from 'vitest';
import { freeSlug, slugSchema, slugify } from './slug';

describe('slugs', () => {
  it('folds accents, punctuation and case', () => {
    expect(slugify('From the World of John Wick: Ballerina')).toBe('from-the-world-of-john-wick-ballerina');
    expect(slugify('Anatomie d’une chute')).toBe('anatomie-dune-chute');
    expect(slugify('Emilia Pérez')).toBe('emilia-perez');
    expect(slugify('Mission: Impossible – The Final Reckoning')).toBe('mission-impossible-the-final-reckoning');
    expect(slugify('Bœuf & Co')).toBe('boeuf-and-co');
    expect(slugify('  ---  ')).toBe('');
  });
  it('validates slugs', () => {
    expect(slugSchema.safeParse('dune-part-two').success).toBe(true);
    for (const bad of ['', 'Dune', 'dune--two', '-dune', 'dune/../x', 'a'.repeat(81)]) {
      expect(slugSchema.safeParse(bad).success).toBe(false);
    }
  });
  it('finds the first free slug', async () => {
    const taken = new Set(['dune', 'dune-2']);
    expect(freeSlug('Dune', 'film', (s) => taken.has(s))).toBe('dune-3');
    expect(freeSlug('???', 'film', () => false)).toBe('film');
  });
});
