/**
 * zod schemas for the public pages' query strings. A visitor can type anything into a URL, so every
 * field falls back to "no filter" instead of failing: a bad value never produces an error page.
 */
import { z } from 'zod';
import { MARK_MAX, MARK_MIN } from '@/lib/marks';
import { slugSchema } from '@/lib/slug';
import { searchTextSchema } from '@/lib/search-query';

export const FILM_SORTS = ['release', 'mark', 'title'] as const;
export type FilmSort = (typeof FILM_SORTS)[number];
export const FILM_SORT_LABELS: Record<FilmSort, string> = {
  release: 'Newest release',
  mark: 'Best average mark',
  title: 'Title',
};

/** `?x=a&x=b` arrives as an array: the first value counts. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v) || undefined;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const markParam = optional(z.coerce.number().int().min(MARK_MIN).max(MARK_MAX));

export const pageParam = z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1);

export const filmFiltersSchema = z
  .object({
    genre: optional(slugSchema),
    year: optional(z.coerce.number().int().min(1870).max(2200)),
    reviewer: optional(slugSchema),
    min: markParam,
    max: markParam,
    sort: z.preprocess(first, z.enum(FILM_SORTS).default('release')).catch('release'),
    page: pageParam,
    /** Keyset paging (lib/dal/public/films.ts): the film a page starts after, or ends before. */
    after: optional(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
    before: optional(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
  })
  // A reversed range is read the way the visitor meant it.
  .transform(({ min, max, ...rest }) =>
    min !== undefined && max !== undefined && min > max ? { ...rest, min: max, max: min } : { ...rest, min, max },
  );
export type FilmFiltersParams = z.infer<typeof filmFiltersSchema>;

export const SEARCH_KINDS = ['films', 'people', 'reviews'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchParamsSchema = z.object({
  q: z.preprocess(first, searchTextSchema),
  kind: optional(z.enum(SEARCH_KINDS)),
  page: pageParam,
});

export const diaryParamsSchema = z.object({ page: pageParam });
