/**
 * How large a review's body may be, defined once: the server refuses a bigger save (the DAL review
 * save) and the editor warns as the writer nears it. Each text node is also capped by sanitizeDoc;
 * these caps bound the whole document, so that one review cannot weigh megabytes in the working
 * copy, its revisions and every page that renders it.
 */
import type { RichDoc } from './allow-list';
import { wordCount } from './text';

/** Six times a long feature; nobody writes a review past this. */
export const MAX_REVIEW_WORDS = 60_000;
/**
 * Bytes of the stored JSON. A 60,000-word review of plain paragraphs is about 400 kB of JSON;
 * formatting adds about 30 bytes per mark and a link its address, so 1 MB leaves room for a heavily
 * formatted review at the word cap while refusing a body of a few huge words (the word cap alone
 * lets 60,000 words of 200,000 characters through).
 */
export const MAX_REVIEW_BODY_BYTES = 1_000_000;
/** The editor's word count turns to a warning from here on. */
export const REVIEW_WORDS_WARNING = 55_000;

const number = (n: number) => n.toLocaleString('en-GB');

/** Bytes of the JSON a document is stored as. */
export function docBytes(doc: RichDoc): number {
  return new TextEncoder().encode(JSON.stringify(doc)).length;
}

/** Why this body may not be saved, in words for the writer; null when it fits. */
export function reviewBodyTooLarge(doc: RichDoc): string | null {
  const words = wordCount(doc);
  if (words > MAX_REVIEW_WORDS) {
    return `This review is too long to save (${number(words)} words; the limit is ${number(MAX_REVIEW_WORDS)}). Shorten it: the last saved version is kept.`;
  }
  const bytes = docBytes(doc);
  if (bytes > MAX_REVIEW_BODY_BYTES) {
    return `This review is too large to save (${number(Math.ceil(bytes / 1000))} kB with its formatting; the limit is ${number(MAX_REVIEW_BODY_BYTES / 1000)} kB). Shorten it: the last saved version is kept.`;
  }
  return null;
}
