/**
 * A film's poster. Until a poster is uploaded, a typographic card stands in, its colour derived from
 * the slug so each film keeps the same one.
 */
const PALETTE = [
  ['#3b0d11', '#a4161a'],
  ['#10263b', '#2f6690'],
  ['#1f2d16', '#55783a'],
  ['#2e1a47', '#7b4fa3'],
  ['#3a2a12', '#b5802a'],
  ['#14302c', '#2a8c7e'],
] as const;

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

export function Poster({ slug, title, year, size = 'lg' }: { slug: string; title: string; year?: number | null; size?: 'sm' | 'lg' }) {
  const [from, to] = PALETTE[hash(slug) % PALETTE.length]!;
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
