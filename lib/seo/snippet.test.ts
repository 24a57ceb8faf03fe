import { describe, expect, it } from 'vitest';
import { clipForSnippet, filmMeta, lengthAdvice, metadataTitle, printedTitle, reviewHeading, reviewMeta, SEO_TITLE_GUIDE } from './snippet';

const film = { title: 'Ballerina', year: 2025, synopsis: 'An assassin trained in the traditions of the Ruska Roma.', seoTitle: null, seoDescription: null };
const review = { headline: null, standfirst: null, seoTitle: null, seoDescription: null, containsSpoilers: false, penName: 'Mulder', excerpt: 'Eve dances, then kills.' };

describe("a review's heading", () => {
  it('is the headline, else the seed’s “<Critic>’s Review”', () => {
    expect(reviewHeading({ headline: null, reviewer: { penName: 'Mulder' } })).toBe('Mulder’s Review');
    expect(reviewHeading({ headline: '  ', reviewer: { penName: 'Mulder' } })).toBe('Mulder’s Review');
    expect(reviewHeading({ headline: 'A dancer who kills', reviewer: { penName: 'Mulder' } })).toBe('A dancer who kills');
  });
});

describe("a review page's title and description", () => {
  it('fall back to “Critic’s review of Film (year)” and the opening of the text', () => {
    const meta = reviewMeta(review, film);
    expect(meta.title).toEqual({ text: 'Mulder’s review of Ballerina (2025)', absolute: false });
    expect(printedTitle(meta.title)).toBe('Mulder’s review of Ballerina (2025) · Bobine');
    expect(meta.description).toBe('Eve dances, then kills.');
  });

  it('use the headline and the standfirst when there are some', () => {
    const meta = reviewMeta({ ...review, headline: 'A dancer who kills', standfirst: 'Len Wiseman’s spin-off.' }, film);
    expect(meta.title.text).toBe('A dancer who kills — Mulder on Ballerina (2025)');
    expect(meta.description).toBe('Len Wiseman’s spin-off.');
  });

  it('never take the text of a review with spoilers: the synopsis stands in', () => {
    expect(reviewMeta({ ...review, containsSpoilers: true }, film).description).toBe(film.synopsis);
    expect(reviewMeta({ ...review, excerpt: '' }, film).description).toBe(film.synopsis);
  });

  it('are the editors’ overrides, printed as typed (no site suffix)', () => {
    const meta = reviewMeta({ ...review, headline: 'H', seoTitle: 'Ballerina review: Ana de Armas dances', seoDescription: 'Our verdict.' }, film);
    expect(meta.title).toEqual({ text: 'Ballerina review: Ana de Armas dances', absolute: true });
    expect(metadataTitle(meta.title)).toEqual({ absolute: 'Ballerina review: Ana de Armas dances' });
    expect(printedTitle(meta.title)).toBe('Ballerina review: Ana de Armas dances');
    expect(meta.description).toBe('Our verdict.');
  });
});

describe("a film page's title and description", () => {
  it('are “Film (year)” and the synopsis, unless overridden', () => {
    expect(filmMeta(film)).toEqual({ title: { text: 'Ballerina (2025)', absolute: false }, description: film.synopsis });
    expect(filmMeta({ ...film, year: null }).title.text).toBe('Ballerina');
    expect(filmMeta({ ...film, seoTitle: 'Ballerina (2025): reviews', seoDescription: 'Three critics.' })).toEqual({
      title: { text: 'Ballerina (2025): reviews', absolute: true },
      description: 'Three critics.',
    });
    expect(metadataTitle(filmMeta(film).title)).toBe('Ballerina (2025)');
  });
});

describe('the snippet preview', () => {
  it('warns past the length search results show, and clips at a word', () => {
    expect(lengthAdvice('x'.repeat(SEO_TITLE_GUIDE), SEO_TITLE_GUIDE).over).toBe(false);
    expect(lengthAdvice('x'.repeat(SEO_TITLE_GUIDE + 1), SEO_TITLE_GUIDE)).toMatchObject({ over: true, length: 61 });
    expect(clipForSnippet('short', 60)).toBe('short');
    expect(clipForSnippet('one two three four five six seven', 20)).toBe('one two three four…');
  });
});
