/**
 * Turns what a visitor typed into an FTS5 MATCH expression that cannot be a syntax error. Every word
 * becomes a quoted prefix term ("wise"*), joined by FTS5's implicit AND; quotes, `*`, `^`, `:`,
 * parentheses and the like are separators, and AND/OR/NOT/NEAR are searched as words, never read as
 * operators. Accents are kept: the index's tokenizer folds them on both sides.
 */
import { z } from 'zod';

export const SEARCH_QUERY_MAX = 200;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The `q` search parameter: trimmed, bounded, never an error (overlong input is cut). */
export const searchTextSchema = z
  .string()
  .catch('')
  .transform((s) => s.trim().slice(0, SEARCH_QUERY_MAX));

/** The words of a query: letters and digits of any script, lower-cased. */
export function searchTerms(input: string): string[] {
  const words = input
    .normalize('NFC')
    .slice(0, SEARCH_QUERY_MAX * 2)
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.toLowerCase().slice(0, MAX_TERM_LENGTH))
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * `"wise"* "man"*`, or null when nothing searchable is left. A term for which `whole(term)` is true
 * is matched as a whole word (`"the"`): FTS5 answers a prefix term by merging the full match lists
 * of every word that starts with it, so a common word's prefix costs in proportion to the archive,
 * while a whole word is walked lazily and stops after the page.
 */
export function toFtsMatch(input: string, whole: (term: string) => boolean = () => false): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  // A term holds only letters and digits, so a double quote can never end up inside one.
  return terms.map((t) => (whole(t) ? `"${t}"` : `"${t}"*`)).join(' ');
}

/** Private-use characters that FTS5's highlight()/snippet() put around matches. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

export type HighlightPart = { text: string; hit: boolean };

/** Splits a highlighted string into plain and matched parts, for rendering as <mark> in React. */
export function splitHighlights(s: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let hit = false;
  let buf = '';
  for (const ch of s) {
    if (ch === HIT_START || ch === HIT_END) {
      if (buf) parts.push({ text: buf, hit });
      buf = '';
      hit = ch === HIT_START;
    } else buf += ch;
  }
  if (buf) parts.push({ text: buf, hit });
  return parts;
}
