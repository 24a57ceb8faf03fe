import { mediaSizes, mediaSrcSet, mediaUrl, mediaWidthsFor, type MediaImage, type MediaLayout, type MediaWidth } from '@/lib/media-urls';

export type PictureProps = {
  image: MediaImage;
  alt: string;
  /** The `sizes` the browser picks a variant with, before layout. */
  sizes: string;
  /** The variants offered; by default every figure width the original allows. */
  widths?: readonly MediaWidth[];
  /** Below the fold (the usual case) the browser fetches it only when it comes near. */
  eager?: boolean;
  /** Fetched before other images (the page's largest): by default, whatever is eager. */
  priority?: boolean;
  /** The box the image is drawn in, when it is not the original's ratio (a round portrait). */
  box?: { width: number; height: number };
  className?: string;
};

/**
 * A library image as a <picture>: AVIF then WebP sources, the intrinsic width and height set so the
 * page reserves the space before any byte arrives (no layout shift). Shared by review figures, the
 * film page's stills and critics' portraits.
 */
export function MediaPicture({ image, alt, sizes, widths = mediaWidthsFor(image), eager = false, priority = eager, box, className }: PictureProps) {
  const fallback = widths.find((w) => w >= 960) ?? widths[widths.length - 1]!;
  return (
    <picture>
      <source type="image/avif" srcSet={mediaSrcSet(image, 'avif', widths)} sizes={sizes} />
      <source type="image/webp" srcSet={mediaSrcSet(image, 'webp', widths)} sizes={sizes} />
      <img
        src={mediaUrl(image, fallback, 'webp')}
        alt={alt}
        width={box?.width ?? image.width}
        height={box?.height ?? image.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        className={className}
        {...(priority ? { fetchPriority: 'high' as const } : {})}
      />
    </picture>
  );
}

export type FigureProps = {
  image: MediaImage;
  alt: string;
  caption?: string | null;
  credit?: string | null;
  layout: MediaLayout;
  /** Below the fold (the usual case) the browser fetches it only when it comes near. */
  eager?: boolean;
  /** How wide it is drawn, when not in the review column (a lead image); default: from `layout`. */
  sizes?: string;
  className?: string;
};

/**
 * A library image as a figure: the picture, then the caption and the credit in the figcaption. A
 * review's figures and its lead image.
 */
export function MediaFigure({ image, alt, caption, credit, layout, eager = false, sizes = mediaSizes(layout), className = 'media-figure' }: FigureProps) {
  return (
    <figure data-layout={layout} className={className}>
      <MediaPicture image={image} alt={alt} sizes={sizes} eager={eager} />
      {(caption || credit) && (
        <figcaption>
          {caption && <span className="media-caption">{caption}</span>}
          {credit && <span className="media-credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
