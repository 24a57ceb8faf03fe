import { toOutOfFive } from '@/lib/marks';
import type { MarkBucket } from '@/lib/marks';

/**
 * A critic's marks as a bar chart: one bar per half-star step, drawn on the server as SVG. The SVG
 * is one image with a summary for screen readers; the table beside it holds the figures.
 */
export function MarkChart({ buckets, penName }: { buckets: MarkBucket[]; penName: string }) {
  const total = buckets.reduce((a, b) => a + b.count, 0);
  const highest = Math.max(1, ...buckets.map((b) => b.count));
  const barW = 22;
  const gap = 6;
  const chartH = 110;
  const top = 16; // room for the count above the tallest bar
  const width = buckets.length * (barW + gap) - gap;
  const summary =
    total === 0
      ? `${penName} has no published marks yet.`
      : `Distribution of ${penName}’s ${total} marks: ` +
        buckets
          .filter((b) => b.count > 0)
          .map((b) => `${b.count} at ${toOutOfFive(b.mark)}`)
          .join(', ') +
        '.';
  return (
    <figure>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${top + chartH + 24}`} className="w-full max-w-md" fontFamily="inherit">
        {buckets.map((b, i) => {
          const h = b.count === 0 ? 2 : Math.max(4, (b.count / highest) * chartH);
          const x = i * (barW + gap);
          return (
            <g key={b.mark}>
              <rect x={x} y={top + chartH - h} width={barW} height={h} rx={2} className={b.count ? 'fill-accent' : 'fill-rule'} />
              {b.count > 0 && (
                <text x={x + barW / 2} y={top + chartH - h - 4} textAnchor="middle" fontSize="11" className="fill-ink font-semibold">
                  {b.count}
                </text>
              )}
              {b.mark % 2 === 0 && (
                <text x={x + barW / 2} y={top + chartH + 16} textAnchor="middle" fontSize="11" className="fill-ink-soft">
                  {b.mark / 2}★
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-ink-soft">Marks out of 5, in half stars</figcaption>
      <table className="sr-only">
        <caption>{penName}’s marks</caption>
        <thead>
          <tr>
            <th scope="col">Mark</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.mark}>
              <th scope="row">{toOutOfFive(b.mark)}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
