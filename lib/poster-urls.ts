/**
 * Poster addresses, defined once (pure: shared by the route handler, the DAL and the components).
 * The version is a hash of the stored file, so a new upload changes every URL and the variants can
 * be cached forever.
 */
import { routes } from '@/lib/routes';

/** The largest poster upload, checked in the browser, in the action and when storing. */
export const POSTER_MAX_BYTES = 8 * 1024 * 1024;
export const POSTER_MAX_LABEL = '8 MB';

/** What a person is told when their file is over the limit. */
export function posterTooLarge(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a poster is at most ${POSTER_MAX_LABEL}.`;
}

export const POSTER_WIDTHS = [160, 320, 640] as const;
export type PosterWidth = (typeof POSTER_WIDTHS)[number];
export const POSTER_FORMATS = ['avif', 'webp'] as const;
export type PosterFormat = (typeof POSTER_FORMATS)[number];

/** What a page needs to show an uploaded poster. */
export type PosterImage = { filmId: number; version: string; width: number; height: number };

/** The version is the stored file's name without its extension (see lib/posters.ts). */
export function posterVersion(posterPath: string): string {
  return posterPath.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
}

export function posterImageOf(film: {
  id: number;
  posterPath: string | null;
  posterWidth: number | null;
  posterHeight: number | null;
}): PosterImage | null {
  if (!film.posterPath || !film.posterWidth || !film.posterHeight) return null;
  return { filmId: film.id, version: posterVersion(film.posterPath), width: film.posterWidth, height: film.posterHeight };
}

export function posterUrl(p: PosterImage, width: PosterWidth, format: PosterFormat): string {
  return routes.poster(p.filmId, p.version, width, format);
}

/** The widths worth offering: never upscale past the original, but always offer the smallest. */
export function posterWidthsFor(p: PosterImage): PosterWidth[] {
  const fit = POSTER_WIDTHS.filter((w) => w <= p.width);
  return fit.length ? fit : [POSTER_WIDTHS[0]];
}

export function posterSrcSet(p: PosterImage, format: PosterFormat): string {
  return posterWidthsFor(p)
    .map((w) => `${posterUrl(p, w, format)} ${w}w`)
    .join(', ');
}
