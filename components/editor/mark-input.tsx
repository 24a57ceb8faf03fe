'use client';

import { FieldError } from '@/components/ui/form-controls';
import { MARK_MAX, MARK_MIN, markLabel, toOutOfFive, toStars } from '@/lib/marks';

const STAR = 'M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L10 14.9l-5.2 2.8 1-5.9L1.5 7.7l5.9-.8z';

function Stars({ value }: { value: number | null }) {
  return (
    <span className="flex gap-1 text-star" aria-hidden="true">
      {toStars(value ?? 0).map((fill, i) => (
        <svg key={i} width="30" height="30" viewBox="0 0 20 20">
          <defs>
            <clipPath id={`mark-half-${i}`}>
              <rect x="0" y="0" width="10" height="20" />
            </clipPath>
          </defs>
          <path d={STAR} fill="none" stroke="currentColor" strokeWidth="1.2" opacity={value === null ? 0.45 : 1} />
          {value !== null && fill === 'full' && <path d={STAR} fill="currentColor" />}
          {value !== null && fill === 'half' && <path d={STAR} fill="currentColor" clipPath={`url(#mark-half-${i})`} />}
        </svg>
      ))}
    </span>
  );
}

/**
 * The Mark field: five stars in half-star steps over a native range input, so it works with the
 * keyboard (arrows, Home, End) and the pointer (click or drag across the stars) with no custom key
 * handling. Empty until the writer chooses; "Clear" empties it again. When the viewer may not
 * change it (lib/workflow.ts `canEditReview`), the same stars are a display with nothing to click.
 */
export function MarkInput({
  value,
  onChange,
  error,
  readOnly = false,
}: {
  value: number | null;
  onChange: (mark: number | null) => void;
  error?: string[];
  readOnly?: boolean;
}) {
  if (readOnly) {
    return (
      <div role="group" aria-labelledby="mark-label">
        <p id="mark-label" className="block text-sm font-medium text-ink">
          Mark
        </p>
        <div className="mt-1 flex items-center gap-3 p-1">
          <Stars value={value} />
          <span className="min-w-16 text-sm font-semibold tabular-nums text-ink" data-testid="mark-value">
            {value === null ? 'Not rated' : toOutOfFive(value)}
          </span>
        </div>
      </div>
    );
  }
  return (
    <div>
      <div className="flex items-center justify-between">
        <label htmlFor="mark" className="block text-sm font-medium text-ink">
          Mark
        </label>
        {value !== null && (
          <button type="button" onClick={() => onChange(null)} className="text-xs text-ink-soft underline hover:text-accent">
            Clear mark
          </button>
        )}
      </div>
      <div className="mt-1 flex items-center gap-3">
        <div className="relative inline-flex rounded-md p-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent">
          <Stars value={value} />
          <input
            id="mark"
            name="mark"
            type="range"
            min={MARK_MIN}
            max={MARK_MAX}
            step={1}
            value={value ?? 0}
            aria-valuetext={value === null ? 'Not rated yet' : markLabel(value)}
            aria-invalid={error ? true : undefined}
            aria-describedby="mark-error"
            onChange={(e) => onChange(Number(e.target.value))}
            // Clicking the stars when empty must register the value under the pointer.
            onPointerDown={(e) => {
              const rect = e.currentTarget.getBoundingClientRect();
              const ratio = Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width));
              onChange(Math.max(MARK_MIN, Math.ceil(ratio * MARK_MAX)));
            }}
            className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
          />
        </div>
        <span className="min-w-16 text-sm font-semibold tabular-nums text-ink" aria-hidden="true">
          {value === null ? 'Not rated' : toOutOfFive(value)}
        </span>
      </div>
      <FieldError id="mark-error" errors={error} />
    </div>
  );
}
