import { MediaPicture } from '@/components/review/media-figure';
import type { Portrait } from '@/lib/dal/types';
import { portraitWidthsFor } from '@/lib/media-urls';

/** Two letters for the critic's medallion when they have no portrait. */
export function initials(penName: string): string {
  const words = penName.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : penName.slice(0, 2)).toUpperCase();
}

/** Drawn sizes in px: a byline, a card on /reviewers, the critic's own page. */
const SIZES = { sm: 40, md: 72, lg: 96 } as const;
const FRAME = {
  sm: 'h-10 w-10 border text-sm',
  md: 'h-18 w-18 border-2 text-2xl',
  lg: 'h-24 w-24 border-2 text-3xl',
} as const;

/**
 * A critic's portrait in a round frame, or their initials in the same frame when they have none.
 * `alt`: empty where the critic's name is written right beside it (the byline), so a screen reader
 * does not read it twice. Lazy unless `eager` (at the top of a page: the critic's own, a review's).
 */
export function CriticPortrait({
  penName,
  portrait,
  size,
  alt,
  eager = false,
}: {
  penName: string;
  portrait: Portrait | null;
  size: keyof typeof SIZES;
  alt?: string;
  eager?: boolean;
}) {
  const px = SIZES[size];
  const frame = `${FRAME[size]} shrink-0 overflow-hidden rounded-full border-ink bg-paper-deep`;
  if (!portrait) {
    return (
      <span aria-hidden="true" className={`${frame} flex items-center justify-center font-serif font-black text-accent`}>
        {initials(penName)}
      </span>
    );
  }
  return (
    <span className={`${frame} block`}>
      <MediaPicture
        image={portrait}
        alt={alt ?? portrait.alt}
        sizes={`${px}px`}
        widths={portraitWidthsFor(portrait)}
        box={{ width: px, height: px }}
        eager={eager}
        // Small beside a name: never worth fetching before the page's main image.
        priority={false}
        className="h-full w-full object-cover"
      />
    </span>
  );
}
