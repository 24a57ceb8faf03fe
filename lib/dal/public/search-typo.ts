/**
 * Typo tolerance for search: when the word index finds no film and no person, the trigram indexes
 * (films_trigram, people_trigram in drizzle/0003_read_aggregates.sql) propose a few titles and names
 * sharing the most three-letter sequences with what was typed, and an edit distance keeps only
 * those with a word close enough ("balerina" → Ballerina, "wisman" → Wiseman). Bounded on both
 * sides: the trigram query returns at most CANDIDATES rows, the distance runs on those only.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import { HIT_END, HIT_START, searchTerms } from '@/lib/search-query';
import type { DB } from '../db';

const CANDIDATES = 40;

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a word of this length may carry: none under 4 letters, 1 up to 7, then 2. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The typed words worth correcting, and a safe trigram MATCH (OR of quoted trigrams), or null. */
export function trigramMatch(text: string): { words: string[]; match: string } | null {
  const words = searchTerms(text).map(fold).filter((w) => allowedTypos(w.length) > 0);
  const grams = new Set<string>();
  for (const w of words) for (let i = 0; i + 3 <= w.length; i++) grams.add(w.slice(i, i + 3));
  if (grams.size === 0) return null;
  // Terms hold letters and digits only (searchTerms), so no quote can end up inside one.
  return { words, match: [...grams].map((g) => `"${g}"`).join(' OR ') };
}

/**
 * Marks the words of `label` that are within the allowed distance of a typed word; null when
 * every typed word has no close word in the label.
 */
function highlightClose(label: string, words: string[]): string | null {
  const parts = label.split(/([\p{L}\p{N}]+)/u);
  const matched = new Set<string>();
  const out = parts.map((part) => {
    if (!/[\p{L}\p{N}]/u.test(part)) return part;
    const f = fold(part);
    const hit = words.find((w) => editDistance(w, f, allowedTypos(w.length)) <= allowedTypos(w.length));
    if (!hit) return part;
    matched.add(hit);
    return `${HIT_START}${part}${HIT_END}`;
  });
  return words.every((w) => matched.has(w)) ? out.join('') : null;
}

export type TypoFilm = { slug: string; title: string; titleHighlighted: string; originalTitleHighlighted: string | null; firstRelease: string | null };
export type TypoPerson = { slug: string; name: string; nameHighlighted: string; creditCount: number };

export function filmTypoCandidatesQuery(match: string) {
  return sql`select f.slug as slug, f.title as title, f.original_title as originalTitle, s.first_release as firstRelease
    from (select rowid as id, rank from films_trigram where films_trigram match ${match} order by rank limit ${CANDIDATES}) t
      join films f on f.id = t.id join film_stats s on s.film_id = t.id
    order by t.rank`;
}

export function personTypoCandidatesQuery(match: string) {
  return sql`select p.slug as slug, p.name as name, (select count(*) from credits c where c.person_id = p.id) as creditCount
    from (select rowid as id, rank from people_trigram where people_trigram match ${match} order by rank limit ${CANDIDATES}) t
      join people p on p.id = t.id
    order by t.rank`;
}

/** Films whose title (or original title) is a typo away from what was typed, best first. */
export function filmsWithTypos(db: Pick<DB, 'all'>, text: string, limit: number): TypoFilm[] {
  const q = trigramMatch(text);
  if (!q) return [];
  const rows = db.all<{ slug: string; title: string; originalTitle: string | null; firstRelease: string | null }>(filmTypoCandidatesQuery(q.match));
  const hits: TypoFilm[] = [];
  for (const r of rows) {
    const title = highlightClose(r.title, q.words);
    const original = r.originalTitle ? highlightClose(r.originalTitle, q.words) : null;
    if (title === null && original === null) continue;
    hits.push({ slug: r.slug, title: r.title, titleHighlighted: title ?? r.title, originalTitleHighlighted: original ?? r.originalTitle, firstRelease: r.firstRelease });
    if (hits.length === limit) break;
  }
  return hits;
}

/** People whose name is a typo away from what was typed, best first. */
export function peopleWithTypos(db: Pick<DB, 'all'>, text: string, limit: number): TypoPerson[] {
  const q = trigramMatch(text);
  if (!q) return [];
  const rows = db.all<{ slug: string; name: string; creditCount: number }>(personTypoCandidatesQuery(q.match));
  const hits: TypoPerson[] = [];
  for (const r of rows) {
    const name = highlightClose(r.name, q.words);
    if (name === null) continue;
    hits.push({ ...r, nameHighlighted: name });
    if (hits.length === limit) break;
  }
  return hits;
}
