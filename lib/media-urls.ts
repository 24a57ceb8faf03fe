/**
 * Media library addresses and sizes, defined once (pure: shared by the route handler, the DAL, the
 * renderer and the editor). The version is the stored original's hash, so a variant's address
 * always names the same bytes and may be cached for a year.
 */
import { routes } from '@/lib/routes';

/** The largest upload, checked in the browser, in the upload route and when storing. */
export const MEDIA_MAX_BYTES = 8 * 1024 * 1024;
export const MEDIA_MAX_LABEL = '8 MB';
export const MEDIA_ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'] as const;

export function mediaTooLarge(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an image is at most ${MEDIA_MAX_LABEL}.`;
}

/** The widths of figures and stills. */
export const MEDIA_WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** Critics' portraits are drawn 48–96 px wide: one variant for 1× screens and one for 2×. */
export const PORTRAIT_WIDTHS = [96, 192] as const;
/** Every width the image route answers. */
export const SERVED_MEDIA_WIDTHS = [...PORTRAIT_WIDTHS, ...MEDIA_WIDTHS] as const;
export type MediaWidth = (typeof SERVED_MEDIA_WIDTHS)[number];
export const MEDIA_FORMATS = ['avif', 'webp'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_LAYOUTS = ['column', 'wide'] as const;
export type MediaLayout = (typeof MEDIA_LAYOUTS)[number];

/** What a page needs to show a library image. */
export type MediaImage = { id: number; version: string; width: number; height: number };

export function mediaUrl(m: Pick<MediaImage, 'id' | 'version'>, width: MediaWidth, format: MediaFormat): string {
  return routes.media(m.id, m.version, width, format);
}

/** The widths worth offering: never upscale past the original, but always offer the smallest. */
export function mediaWidthsFor(m: Pick<MediaImage, 'width'>): MediaWidth[] {
  const fit = MEDIA_WIDTHS.filter((w) => w <= m.width);
  return fit.length ? fit : [MEDIA_WIDTHS[0]];
}

export function mediaSrcSet(m: MediaImage, format: MediaFormat, widths: readonly MediaWidth[] = mediaWidthsFor(m)): string {
  return widths.map((w) => `${mediaUrl(m, w, format)} ${w}w`).join(', ');
}

/** A portrait's variants: both small widths (a portrait is never shown large). */
export function portraitWidthsFor(m: Pick<MediaImage, 'width'>): MediaWidth[] {
  const fit = PORTRAIT_WIDTHS.filter((w) => w <= m.width);
  return fit.length ? fit : [PORTRAIT_WIDTHS[0]];
}

/**
 * How wide a still is drawn in the film page's gallery: two columns on phones, three from 48rem,
 * in the page's 72rem container.
 */
export const STILL_SIZES = '(min-width: 72rem) 23rem, (min-width: 48rem) 31vw, 48vw';

/**
 * How wide the figure is drawn, for the browser to pick a variant before layout: the review column
 * is at most 48rem; a wide figure breaks out of it up to 64rem (app/globals.css, .prose-review).
 */
export function mediaSizes(layout: MediaLayout): string {
  return layout === 'wide' ? '(min-width: 66rem) 64rem, 100vw' : '(min-width: 50rem) 48rem, 100vw';
}

/** The variant the editor and the library show: small enough to be quick, sharp enough on screen. */
export function mediaPreviewUrl(m: Pick<MediaImage, 'id' | 'version' | 'width'>): string {
  return mediaUrl(m, m.width >= 640 ? 640 : 320, 'webp');
}

/**
 * The share card's picture (og:image, twitter:image): the WebP variant closest to the 1200 px that
 * Open Graph and X cards draw, never past 1280, with the size it is encoded at (never upscaled,
 * lib/images.ts), so that crawlers can lay the card out before fetching it.
 */
export function mediaShareImage(m: MediaImage): { url: string; width: number; height: number; type: 'image/webp' } {
  const widths = mediaWidthsFor(m);
  const width = [...widths].reverse().find((w) => w <= 1280) ?? widths[0]!;
  const drawn = Math.min(width, m.width);
  return { url: mediaUrl(m, width, 'webp'), width: drawn, height: Math.round((m.height * drawn) / m.width), type: 'image/webp' };
}
