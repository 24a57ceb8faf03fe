import { mediaSizes, mediaSrcSet, mediaUrl, mediaWidthsFor, type MediaImage, type MediaLayout } from '@/lib/media-urls';

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
 * A library image as a figure: AVIF then WebP sources at every width the original allows, the
 * intrinsic width and height set so the page reserves the space before any byte arrives (no layout
 * shift), the caption and the credit in the figcaption.
 */
export function MediaFigure({ image, alt, caption, credit, layout, eager = false, sizes = mediaSizes(layout), className = 'media-figure' }: FigureProps) {
  const widths = mediaWidthsFor(image);
  const fallback = widths.find((w) => w >= 960) ?? widths[widths.length - 1]!;
  return (
    <figure data-layout={layout} className={className}>
      <picture>
        <source type="image/avif" srcSet={mediaSrcSet(image, 'avif')} sizes={sizes} />
        <source type="image/webp" srcSet={mediaSrcSet(image, 'webp')} sizes={sizes} />
        { }
        <img
          src={mediaUrl(image, fallback, 'webp')}
          alt={alt}
          width={image.width}
          height={image.height}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          {...(eager ? { fetchPriority: 'high' as const } : {})}
        />
      </picture>
      {(caption || credit) && (
        <figcaption>
          {caption && <span className="media-caption">{caption}</span>}
          {credit && <span className="media-credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
