import Link from 'next/link';

/** A link's query parameters; an undefined value is left out. */
type Query = Record<string, string | undefined>;

/**
 * Previous/next links that keep the other query parameters. Works without JavaScript. Several on
 * one page (the dashboard's groups) each take their own `param`, `label` and `hash`.
 */
export function Pagination({
  page,
  pageCount,
  basePath,
  params,
  param = 'page',
  label = 'Pagination',
  hash = '',
  links,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params: Query;
  param?: string;
  label?: string;
  hash?: string;
  /** The query of the previous and next links when they are not just `param=N` (keyset pages). */
  links?: { prev: Query | null; next: Query | null };
}) {
  if (pageCount <= 1) return null;
  const numbered = (p: number): Query => ({ [param]: p > 1 ? String(p) : undefined });
  const prev = page > 1 ? (links ? links.prev : numbered(page - 1)) : null;
  const next = page < pageCount ? (links ? links.next : numbered(page + 1)) : null;
  const href = (own: Query) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, ...own })) if (v) q.set(k, v);
    const s = q.toString();
    return `${s ? `${basePath}?${s}` : basePath}${hash}`;
  };
  const linkClass = 'rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent';
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4 text-sm">
      {prev ? (
        <Link className={linkClass} href={href(prev)} rel="prev">
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-soft">
        Page {page.toLocaleString('en-GB')} of {pageCount.toLocaleString('en-GB')}
      </span>
      {next ? (
        <Link className={linkClass} href={href(next)} rel="next">
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
