import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START, searchTerms, searchTextSchema, splitHighlights, toFtsMatch } from './search-query';

/** Every MATCH string we build must be accepted by a real FTS5 table. */
const fts = new Database(':memory:');
fts.exec(`CREATE VIRTUAL TABLE t USING fts5(title, tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO t(title) VALUES ('From the World of John Wick: Ballerina'), ('Len Wiseman'), ('And Then There Were None');`);
const run = (input: string) => {
  const match = toFtsMatch(input);
  return match === null ? [] : (fts.prepare('SELECT title FROM t WHERE t MATCH ? ORDER BY rank').all(match) as { title: string }[]).map((r) => r.title);
};

describe('toFtsMatch', () => {
  it('quotes each word and makes it a prefix', () => {
    expect(toFtsMatch('Wise')).toBe('"wise"*');
    expect(toFtsMatch('  john   wick ')).toBe('"john"* "wick"*');
  });

  it('matches the terms it is told are common as whole words', () => {
    expect(toFtsMatch('the wick', (t) => t === 'the')).toBe('"the" "wick"*');
    expect(run('wise')).toEqual(['Len Wiseman']);
    const wholeWise = toFtsMatch('wise', () => true)!;
    expect(fts.prepare('SELECT title FROM t WHERE t MATCH ?').all(wholeWise)).toEqual([]);
  });

  it('returns null for empty or punctuation-only input', () => {
    expect(toFtsMatch('')).toBeNull();
    expect(toFtsMatch('   ')).toBeNull();
    expect(toFtsMatch('"')).toBeNull();
    expect(toFtsMatch('*')).toBeNull();
    expect(toFtsMatch('^:()"*-+')).toBeNull();
  });

  it('treats FTS operators as plain words', () => {
    expect(toFtsMatch('AND')).toBe('"and"*');
    expect(toFtsMatch('wick OR NOT NEAR(ballerina)')).toBe('"wick"* "or"* "not"* "near"* "ballerina"*');
    expect(toFtsMatch('title:wick ^ball')).toBe('"title"* "wick"* "ball"*');
  });

  it('strips quotes that would break out of a term', () => {
    expect(toFtsMatch('"wick" OR "1=1')).toBe('"wick"* "or"* "1"*');
  });

  it('keeps accents for the tokenizer to fold', () => {
    expect(toFtsMatch('Ballérina')).toBe('"ballérina"*');
  });

  it('bounds very long input', () => {
    const long = 'a'.repeat(500);
    expect(toFtsMatch(long)).toBe(`"${'a'.repeat(40)}"*`);
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms(many)).toHaveLength(8);
  });

  it('never makes FTS5 throw, and finds what a visitor expects', () => {
    for (const input of ['"', '*', 'AND', 'OR', 'NOT', 'NEAR', '"unterminated', 'a"b', 'x*y', '-wick', '+', '(', ')', ':', 'é'.repeat(500), 'Wise', 'ballérina', '🎬']) {
      expect(() => run(input)).not.toThrow();
    }
    expect(run('Wise')).toEqual(['Len Wiseman']);
    expect(run('ballérina')).toEqual(['From the World of John Wick: Ballerina']);
    expect(run('balle')).toEqual(['From the World of John Wick: Ballerina']);
    expect(run('AND')).toEqual(['And Then There Were None']);
  });
});

describe('searchTextSchema', () => {
  it('trims, bounds and never fails', () => {
    expect(searchTextSchema.parse('  wick ')).toBe('wick');
    expect(searchTextSchema.parse(undefined)).toBe('');
    expect(searchTextSchema.parse(['a', 'b'])).toBe('');
    expect(searchTextSchema.parse('x'.repeat(500))).toHaveLength(200);
  });
});

describe('splitHighlights', () => {
  it('splits on the private markers', () => {
    expect(splitHighlights(`Len ${HIT_START}Wiseman${HIT_END} directs`)).toEqual([
      { text: 'Len ', hit: false },
      { text: 'Wiseman', hit: true },
      { text: ' directs', hit: false },
    ]);
    expect(splitHighlights('<b>plain</b>')).toEqual([{ text: '<b>plain</b>', hit: false }]);
  });
});
