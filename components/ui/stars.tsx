import { markLabel, roundToHalfStar, toOutOfFive, toStars } from '@/lib/marks';

const STAR_PATH = 'M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L10 14.9l-5.2 2.8 1-5.9L1.5 7.7l5.9-.8z';

/** A mark drawn as five stars, with "4/5" beside it unless `showFraction` is off. */
export function Stars({
  mark,
  size = 'md',
  showFraction = true,
}: {
  mark: number;
  size?: 'sm' | 'md' | 'lg';
  showFraction?: boolean;
}) {
  const px = size === 'sm' ? 14 : size === 'lg' ? 24 : 18;
  const drawn = toStars(roundToHalfStar(mark));
  return (
    <span className="inline-flex items-center gap-2 align-middle">
      <span role="img" aria-label={markLabel(mark)} className="inline-flex gap-0.5 text-star">
        {drawn.map((fill, i) => (
          <svg key={i} width={px} height={px} viewBox="0 0 20 20" aria-hidden="true">
            <defs>
              <clipPath id={`half-${i}`}>
                <rect x="0" y="0" width="10" height="20" />
              </clipPath>
            </defs>
            <path d={STAR_PATH} fill="none" stroke="currentColor" strokeWidth="1.2" />
            {fill === 'full' && <path d={STAR_PATH} fill="currentColor" />}
            {fill === 'half' && <path d={STAR_PATH} fill="currentColor" clipPath={`url(#half-${i})`} />}
          </svg>
        ))}
      </span>
      {showFraction && (
        <span className="font-semibold tabular-nums" aria-hidden="true">
          {toOutOfFive(mark)}
        </span>
      )}
    </span>
  );
}
