import { describe, expect, it } from 'vitest';
import type { RichBlock, RichDoc, RichInline } from './allow-list';
import { diffRich, endsNote } from './diff';

const doc = (...content: RichBlock[]): RichDoc => ({ type: 'doc', content });
const p = (...content: RichInline[]): RichBlock => ({ type: 'paragraph', content });
const h = (level: 2 | 3, text: string): RichBlock => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const t = (text: string, ...marks: ('bold' | 'italic' | 'strike' | { href: string })[]): RichInline => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : { type: 'link' as const, attrs: { href: m.href } })) } : {}),
});

/** The diff as short strings, easy to read in an assertion; a run of one note is one string. */
function summary(before: RichDoc, after: RichDoc) {
  const parts = diffRich(before, after);
  const out: string[] = [];
  let run = '';
  parts.forEach((part, i) => {
    if (part.kind === 'formatted') {
      run += part.text;
      if (endsNote(parts, i)) {
        out.push(`~${run}~ (${part.changes!.join('; ')})`);
        run = '';
      }
    } else out.push(part.kind === 'same' ? part.text : `${part.kind === 'added' ? '+' : '-'}${part.text}`);
  });
  // Adjacent unchanged parts that differ only in format read as one string here.
  return out.reduce<string[]>((acc, s) => {
    const last = acc[acc.length - 1];
    if (last !== undefined && !/^[~+-]/.test(s) && !/^[~+-]/.test(last)) acc[acc.length - 1] = last + s;
    else acc.push(s);
    return acc;
  }, []);
}

describe('diffRich: formatting changes show in the revision diff', () => {
  it('a word made bold is one formatted part, not an unchanged word', () => {
    expect(summary(doc(p(t('A truly great film.'))), doc(p(t('A '), t('truly great', 'bold'), t(' film.'))))).toEqual([
      'A ',
      '~truly great~ (made bold)',
      ' film.',
    ]);
  });

  it('bold and italic removed are named too', () => {
    expect(summary(doc(p(t('Loud', 'bold', 'italic'), t(' ending'))), doc(p(t('Loud ending'))))).toEqual([
      '~Loud~ (bold removed; italic removed)',
      ' ending',
    ]);
  });

  it('a paragraph turned into a heading, and a heading level change', () => {
    expect(summary(doc(p(t('The cast'))), doc(h(2, 'The cast')))).toEqual(['~The cast~ (paragraph → H2 heading)']);
    expect(summary(doc(h(2, 'Verdict')), doc(h(3, 'Verdict')))).toEqual(['~Verdict~ (H2 heading → H3 subheading)']);
  });

  it('a link added, retargeted and removed', () => {
    const plain = doc(p(t('See the trailer.')));
    const linked = (href: string) => doc(p(t('See the '), t('trailer', { href }), t('.')));
    // The word is "trailer." (the link stops before the full stop): the whole word is noted.
    expect(summary(plain, linked('https://a.example/'))).toEqual(['See the ', '~trailer.~ (linked to https://a.example/)']);
    expect(summary(linked('https://a.example/'), linked('https://b.example/'))).toEqual([
      'See the ',
      '~trailer.~ (link https://a.example/ → https://b.example/)',
    ]);
    expect(summary(linked('https://a.example/'), plain)).toEqual(['See the ', '~trailer.~ (link to https://a.example/ removed)']);
    const parts = diffRich(plain, linked('https://a.example/'));
    expect(parts.map((x) => [x.text, x.format.href])).toEqual([
      ['See the ', null],
      ['trailer', 'https://a.example/'],
      ['.', null],
    ]);
  });

  it('a paragraph moved into a quote, and list items turned into paragraphs', () => {
    expect(summary(doc(p(t('Said it.'))), doc({ type: 'blockquote', content: [p(t('Said it.'))] }))).toEqual(['~Said it.~ (moved into a quote)']);
    const list: RichBlock = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('One'))] }, { type: 'listItem', content: [p(t('Two'))] }] };
    expect(summary(doc(list), doc(p(t('One')), p(t('Two'))))).toEqual(['-• ', '~One~ (moved out of a bulleted list)', '\n\n', '-• ', '~Two~ (moved out of a bulleted list)']);
  });

  it('still shows words added and removed, with their formatting', () => {
    const parts = diffRich(doc(p(t('The dog steals the film.'))), doc(p(t('The '), t('cat', 'italic'), t(' steals the film.'))));
    expect(parts.map((x) => [x.kind, x.text])).toEqual([
      ['same', 'The '],
      ['removed', 'dog'],
      ['added', 'cat'],
      ['same', ' steals the film.'],
    ]);
    expect(parts[2]!.format.italic).toBe(true);
  });

  it('reassembles both texts, block breaks included, and reports nothing for identical bodies', () => {
    const before = doc(h(2, 'Verdict'), p(t('Go '), t('now', 'bold'), t('.')), { type: 'horizontalRule' }, p(t('Seen twice.')));
    const after = doc(h(3, 'Verdict'), p(t('Go now, '), t('really', 'italic'), t('.')), p(t('Seen twice.')));
    const parts = diffRich(before, after);
    expect(parts.filter((x) => x.kind !== 'added').map((x) => x.text).join('')).toBe('Verdict\n\nGo now.\n\n✦ ✦ ✦\n\nSeen twice.');
    expect(parts.filter((x) => x.kind !== 'removed').map((x) => x.text).join('')).toBe('Verdict\n\nGo now, really.\n\nSeen twice.');
    expect(diffRich(before, before).every((x) => x.kind === 'same')).toBe(true);
  });
});
