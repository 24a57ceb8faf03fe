import Link from 'next/link';

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
  params: Record<string, string | undefined>;
  param?: string;
  label?: string;
  hash?: string;
  /** The query of the previous and next links when they are not just `param=N` (keyset pages). */
  links?: { prev: Record<string, string | undefined> | null; next: Record<string, string | undefined> | null };
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    const own = links ? (p < page ? links.prev : links.next) : { [param]: p > 1 ? String(p) : undefined };
    for (const [k, v] of Object.entries({ ...params, ...own })) if (v) q.set(k, v);
    const s = q.toString();
    return `${s ? `${basePath}?${s}` : basePath}${hash}`;
  };
  const linkClass = 'rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent';
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link className={linkClass} href={href(page - 1)} rel="prev">
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-soft">
        Page {page.toLocaleString('en-GB')} of {pageCount.toLocaleString('en-GB')}
      </span>
      {page < pageCount ? (
        <Link className={linkClass} href={href(page + 1)} rel="next">
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
