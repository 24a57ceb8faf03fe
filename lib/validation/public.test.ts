import { describe, expect, it } from 'vitest';
import { filmFiltersSchema, searchParamsSchema } from './public';

describe('public query strings', () => {
  it('reads valid /films filters', () => {
    expect(filmFiltersSchema.parse({ genre: 'action', year: '2025', reviewer: 'mulder', min: '6', max: '10', sort: 'mark', page: '2' })).toEqual({
      genre: 'action',
      year: 2025,
      reviewer: 'mulder',
      min: 6,
      max: 10,
      sort: 'mark',
      page: 2,
    });
  });

  it('drops bad values instead of failing', () => {
    expect(filmFiltersSchema.parse({ genre: '../../etc', year: 'soon', min: '11', max: '-1', sort: 'random', page: '0' })).toEqual({
      genre: undefined,
      year: undefined,
      reviewer: undefined,
      min: undefined,
      max: undefined,
      sort: 'release',
      page: 1,
    });
    expect(filmFiltersSchema.parse({ genre: '', year: '' })).toMatchObject({ genre: undefined, year: undefined });
  });

  it('swaps a reversed mark range and takes the first of repeated parameters', () => {
    expect(filmFiltersSchema.parse({ min: '8', max: '4', genre: ['drama', 'action'] })).toMatchObject({ min: 4, max: 8, genre: 'drama' });
  });

  it('reads a search', () => {
    expect(searchParamsSchema.parse({ q: '  wick ', kind: 'people', page: '3' })).toEqual({ q: 'wick', kind: 'people', page: 3 });
    expect(searchParamsSchema.parse({ kind: 'secrets' })).toEqual({ q: '', kind: undefined, page: 1 });
  });
});
