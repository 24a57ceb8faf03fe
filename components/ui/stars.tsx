import { markLabel, starFillPercent, toOutOfFive } from '@/lib/marks';

/**
 * A mark drawn as five stars, with "4/5" beside it unless `showFraction` is off. One empty element
 * whose two layers (outline and fill, `.stars` in app/globals.css) are CSS masks of one star
 * repeated: a filmography of 500 films carried five SVGs with clip paths per line, 3 MB in all.
 */
export function Stars({
  mark,
  size = 'md',
  showFraction = true,
}: {
  mark: number;
  size?: 'sm' | 'md' | 'lg';
  showFraction?: boolean;
}) {
  return (
    <span className="inline-flex items-center gap-2 align-middle">
      <span
        role="img"
        aria-label={markLabel(mark)}
        className={`stars stars-${size} text-star`}
        style={{ '--stars-fill': `${starFillPercent(mark)}%` } as React.CSSProperties}
      />
      {showFraction && (
        <span className="font-semibold tabular-nums" aria-hidden="true">
          {toOutOfFive(mark)}
        </span>
      )}
    </span>
  );
}
