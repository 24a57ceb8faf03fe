import { ImageResponse } from 'next/og';
import { getFilmPage } from '@/lib/dal/public/films';
import { yearOf } from '@/lib/dates';
import { markLabel, roundToHalfStar, toOutOfFive, toStars } from '@/lib/marks';
import { slugSchema } from '@/lib/slug';

export const alt = 'Film card: title, year, director and average mark';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

const PALETTE = ['#a4161a', '#2f6690', '#55783a', '#7b4fa3', '#b5802a', '#2a8c7e'];

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

const STAR_PATH = 'M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L10 14.9l-5.2 2.8 1-5.9L1.5 7.7l5.9-.8z';

/** Stars drawn as SVG: the bundled font has no ★ glyph. */
function StarRow({ mark }: { mark: number }) {
  return (
    <svg width={5 * 56} height={52} viewBox="0 0 100 20" aria-label={markLabel(mark)}>
      <defs>
        <clipPath id="half">
          <rect x="0" y="0" width="10" height="20" />
        </clipPath>
      </defs>
      {toStars(roundToHalfStar(mark)).map((fill, i) => (
        <g key={i} transform={`translate(${i * 20} 0)`}>
          <path d={STAR_PATH} fill="none" stroke="#c2410c" strokeWidth="1.2" />
          {fill !== 'empty' && <path d={STAR_PATH} fill="#c2410c" clipPath={fill === 'half' ? 'url(#half)' : undefined} />}
        </g>
      ))}
    </svg>
  );
}

/**
 * The share card. Satori's bundled font is used (no `fonts` option): nothing is fetched from the
 * internet, and the font packages we ship are woff2, which satori cannot read. Only the title, year,
 * director and average appear: never review text, which may contain spoilers.
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const parsed = slugSchema.safeParse((await params).slug);
  const found = parsed.success ? await getFilmPage(parsed.data) : ({ kind: 'missing' } as const);
  const film = found.kind === 'film' ? found.film : null;
  const title = film?.title ?? 'Bobine';
  const year = yearOf(film?.releases[0]?.date);
  const directors = film?.credits.find((c) => c.role === 'director')?.people.map((p) => p.name) ?? [];
  const accent = PALETTE[hash(film?.slug ?? 'bobine') % PALETTE.length]!;
  const mark = film?.averageMark ?? null;

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', background: '#faf6ef', color: '#1c1917' }}>
        <div style={{ width: 36, height: '100%', background: accent, display: 'flex' }} />
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px' }}>
          <div style={{ display: 'flex', fontSize: 30, letterSpacing: 8, textTransform: 'uppercase', color: accent, fontWeight: 700 }}>Bobine</div>
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: title.length > 40 ? 64 : 84, fontWeight: 800, lineHeight: 1.05 }}>{title}</div>
            <div style={{ display: 'flex', marginTop: 24, fontSize: 34, color: '#57534e' }}>
              {[year, directors.length ? `Directed by ${directors.join(', ')}` : null].filter(Boolean).join(' · ')}
            </div>
          </div>
          <div style={{ display: 'flex', alignItems: 'center', fontSize: 48 }}>
            {mark !== null ? (
              <>
                <StarRow mark={mark} />
                <span style={{ marginLeft: 24, fontWeight: 700 }}>{toOutOfFive(mark)}</span>
                <span style={{ marginLeft: 20, fontSize: 28, color: '#57534e' }}>
                  {film!.markCount} {film!.markCount === 1 ? 'review' : 'reviews'}
                </span>
              </>
            ) : (
              <span style={{ fontSize: 32, color: '#57534e' }}>Film reviews, several voices</span>
            )}
          </div>
        </div>
      </div>
    ),
    size,
  );
}
