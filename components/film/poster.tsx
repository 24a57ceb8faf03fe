/**
 * A film's poster. Until a poster is uploaded, a typographic card stands in, its colour derived from
 * the slug so each film keeps the same one. An uploaded poster is a <picture> with AVIF and WebP
 * variants (app/posters/…/route.ts) and explicit dimensions, so nothing shifts while it loads.
 */
import { posterSrcSet, posterUrl, type PosterImage } from '@/lib/poster-urls';
import { filmColours } from '@/lib/film-palette';

export function Poster({
  slug,
  title,
  year,
  size = 'lg',
  poster,
}: {
  slug: string;
  title: string;
  year?: number | null;
  size?: 'sm' | 'lg';
  poster?: PosterImage | null;
}) {
  if (poster) {
    // The box is the poster's own ratio at the width it is shown, so the space is reserved.
    const shownWidth = size === 'sm' ? 160 : 320;
    const sizes = size === 'sm' ? '(min-width: 1024px) 160px, 45vw' : '(min-width: 768px) 220px, 192px';
    return (
      <picture>
        <source type="image/avif" srcSet={posterSrcSet(poster, 'avif')} sizes={sizes} />
        <source type="image/webp" srcSet={posterSrcSet(poster, 'webp')} sizes={sizes} />
        {/* A plain img: the variants come from our own route, so next/image would add nothing. */}
        <img
          src={posterUrl(poster, size === 'sm' ? 160 : 320, 'webp')}
          width={shownWidth}
          height={Math.round((shownWidth * poster.height) / poster.width)}
          alt={`Poster of ${title}`}
          loading={size === 'sm' ? 'lazy' : 'eager'}
          decoding="async"
          className="block h-auto w-full rounded-sm bg-stone-200 shadow-lg"
        />
      </picture>
    );
  }
  const [from, to] = filmColours(slug);
  return (
    <div
      role="img"
      aria-label={`Poster card for ${title}`}
      className={`relative flex aspect-[2/3] w-full flex-col justify-between overflow-hidden rounded-sm p-4 text-white shadow-lg ${size === 'sm' ? 'p-3' : 'p-5'}`}
      style={{ background: `linear-gradient(160deg, ${to} 0%, ${from} 75%)` }}
    >
      <span className="text-[0.65rem] font-semibold uppercase tracking-[0.3em] text-white/70">Bobine</span>
      <span className={`font-serif font-bold leading-tight ${size === 'sm' ? 'text-base' : 'text-2xl'}`}>{title}</span>
      <span className="text-xs tracking-widest text-white/80">{year ?? ''}</span>
      <span aria-hidden="true" className="pointer-events-none absolute -right-10 -top-10 h-40 w-40 rounded-full border-[14px] border-white/10" />
    </div>
  );
}
