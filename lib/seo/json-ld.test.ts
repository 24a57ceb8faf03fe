import { describe, expect, it } from 'vitest';
import { movieJsonLd, serializeJsonLd, type MovieJsonLdInput } from './json-ld';

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

const film: MovieJsonLdInput = {
  slug: 'ballerina',
  title: 'Ballerina </script><script>alert(1)</script>',
  originalTitle: 'Ballerina (VO)',
  synopsis: 'Eve takes revenge.',
  runtimeMinutes: 125,
  genres: [{ name: 'Action' }, { name: 'Thriller' }],
  releases: [{ date: '2025-06-06' }, { date: '2025-06-04' }],
  credits: [
    { role: 'director', people: [{ slug: 'len-wiseman', name: 'Len Wiseman' }] },
    { role: 'cast', people: [{ slug: 'ana-de-armas', name: 'Ana de Armas' }, { slug: 'keanu-reeves', name: 'Keanu Reeves' }] },
  ],
  reviews: [
    { id: 1, reviewer: { penName: 'Mulder', slug: 'mulder' }, mark: 8, containsSpoilers: false, body: doc('A pirouette.'), publishedAt: new Date('2025-06-04T08:00:00Z') },
    { id: 2, reviewer: { penName: 'Sabine', slug: 'sabine' }, mark: 7, containsSpoilers: true, body: doc('Eve dies at the end.'), publishedAt: new Date('2025-06-03T08:00:00Z') },
  ],
  averageMark: 7.5,
  markCount: 2,
};

describe('movieJsonLd', () => {
  const ld = movieJsonLd(film, 'https://bobine.example') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('describes the film as a schema.org Movie', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Movie');
    expect(ld.alternateName).toBe('Ballerina (VO)');
    expect(ld.director).toEqual([{ '@type': 'Person', name: 'Len Wiseman', url: 'https://bobine.example/people/len-wiseman' }]);
    expect(ld.actor.map((a: { name: string }) => a.name)).toEqual(['Ana de Armas', 'Keanu Reeves']);
    expect(ld.datePublished).toBe('2025-06-04');
    expect(ld.duration).toBe('PT2H5M');
    expect(ld.genre).toEqual(['Action', 'Thriller']);
  });

  it('has one Review per critic, rated on 0–5, with the pen name as author', () => {
    expect(ld.review).toHaveLength(2);
    expect(ld.review[0]).toMatchObject({
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Mulder' },
      datePublished: '2025-06-04T08:00:00.000Z',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 0 },
      reviewBody: 'A pirouette.',
    });
    expect(ld.review[1].reviewRating.ratingValue).toBe(3.5);
  });

  it('omits the body of a spoiler review', () => {
    expect(ld.review[1]).not.toHaveProperty('reviewBody');
    expect(JSON.stringify(ld)).not.toContain('dies at the end');
  });

  it('aggregates the marks only when there are some', () => {
    expect(ld.aggregateRating).toEqual({ '@type': 'AggregateRating', ratingValue: 3.8, bestRating: 5, worstRating: 0, ratingCount: 2 });
    const none = movieJsonLd({ ...film, reviews: [], averageMark: null, markCount: 0 }, 'https://bobine.example');
    expect(JSON.parse(serializeJsonLd(none))).not.toHaveProperty('aggregateRating');
  });
});

describe('serializeJsonLd', () => {
  it('can never close the script element, and round-trips', () => {
    const data = movieJsonLd(film, 'https://bobine.example');
    const s = serializeJsonLd(data);
    expect(s).not.toMatch(/<\/script/i);
    expect(s).not.toContain('<');
    expect(JSON.parse(s)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(serializeJsonLd({ a: '<!-- \u2028 & >' })).toBe('{"a":"\\u003c!-- \\u2028 \\u0026 \\u003e"}');
  });
});
