import { MediaFigure } from '@/components/review/media-figure';
import type { LibraryImage } from '@/lib/dal/types';

/**
 * How wide a lead image is drawn, for the browser to pick a variant before layout. The page's
 * column is 72rem with 1.25rem margins (app/(public)/layout.tsx): the home page's lead takes three
 * fifths of it from 64rem up; a review's lead image fills the 48rem review column.
 */
export const LEAD_SIZES = {
  home: '(min-width: 64rem) 38rem, calc(100vw - 2.5rem)',
  review: '(min-width: 50.5rem) 48rem, calc(100vw - 2.5rem)',
} as const;

/**
 * A review's lead image, drawn by the same figure as the images in its text (AVIF and WebP at every
 * width, intrinsic width and height so nothing moves when it arrives), with the library's alt
 * text, caption and credit. `priority`: it is on screen when the page opens (fetched at once, first).
 * No image (or one deleted since), nothing.
 */
export function LeadImage({ image, sizes, priority = false }: { image: LibraryImage | null; sizes: string; priority?: boolean }) {
  if (!image) return null;
  return (
    <MediaFigure
      image={image}
      alt={image.alt}
      caption={image.caption}
      credit={image.credit}
      layout="column"
      sizes={sizes}
      eager={priority}
      className="lead-image [&_figcaption]:mt-2 [&_figcaption]:font-sans [&_figcaption]:text-sm [&_figcaption]:text-ink-soft [&_img]:block [&_img]:h-auto [&_img]:w-full [&_img]:bg-rule [&_.media-caption]:mr-2 [&_.media-credit]:text-xs [&_.media-credit]:uppercase [&_.media-credit]:tracking-wider"
    />
  );
}
