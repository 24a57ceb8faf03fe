import { describe, expect, it } from 'vitest';
import type { RichDoc } from './allow-list';
import { MAX_REVIEW_BODY_BYTES, MAX_REVIEW_WORDS, docBytes, reviewBodyTooLarge } from './limits';
import { sanitizeDoc } from './sanitize';

const doc = (...paragraphs: string[]): RichDoc =>
  sanitizeDoc({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('the size cap of a review body', () => {
  it('lets a review at the word cap through, in well under the byte cap', () => {
    const atCap = doc(...Array.from({ length: 6 }, () => 'word '.repeat(MAX_REVIEW_WORDS / 6)));
    expect(reviewBodyTooLarge(atCap)).toBeNull();
    // The byte cap is not what limits an ordinary long review.
    expect(docBytes(atCap)).toBeLessThan(MAX_REVIEW_BODY_BYTES / 2);
  });

  it('refuses one word too many, saying how many and what the limit is', () => {
    expect(reviewBodyTooLarge(doc(...Array.from({ length: 6 }, () => 'word '.repeat(MAX_REVIEW_WORDS / 6)), 'one'))).toMatch(/^This review is too long to save \(60,001 words; the limit is 60,000\)/);
  });

  it('refuses a body of few words that weighs more than the byte cap (the per-node cap alone lets it through)', () => {
    const heavy = doc(...Array.from({ length: 6 }, () => 'x'.repeat(199_000)));
    expect(heavy.content).toHaveLength(6);
    expect(reviewBodyTooLarge(heavy)).toMatch(/^This review is too large to save \(1,195 kB with its formatting; the limit is 1,000 kB\)/);
  });

  it('counts bytes, not characters', () => {
    expect(docBytes(doc('é'))).toBe(docBytes(doc('e')) + 1);
  });
});
