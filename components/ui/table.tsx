/**
 * The staff screens' tables. Server-safe (no hooks, no context), so each part takes the look it
 * needs as a prop: `panel` is a framed list of records, `inline` a bare table inside a form.
 */
import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

type Look = 'panel' | 'inline';

const cx = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(' ');

export function Table({
  look = 'panel',
  caption,
  className,
  children,
  ...props
}: HTMLAttributes<HTMLTableElement> & { look?: Look; caption?: ReactNode }) {
  // On a phone a wide table scrolls inside this box; a keyboard user must be able to focus it to
  // scroll it, and a screen reader says which table the stop is (axe scrollable-region-focusable).
  // `relative` keeps absolutely placed cells' content (sr-only labels) inside the box: otherwise
  // they escape its clipping and widen the whole page.
  const scroller = typeof caption === 'string' ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {};
  return (
    <div {...scroller} className={look === 'panel' ? 'relative max-w-full overflow-x-auto rounded-lg border border-stone-200 bg-surface shadow-sm' : 'relative max-w-full overflow-x-auto'}>
      <table className={cx('w-full text-left text-sm', className)} {...props}>
        {caption !== undefined && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The header row; `children` are its `TableHead` cells. */
export function TableHeader({ look = 'panel', children }: { look?: Look; children: ReactNode }) {
  return (
    <thead
      className={cx(look === 'panel' && 'border-b border-stone-200 bg-stone-50', 'text-xs uppercase tracking-wider text-ink-soft')}
    >
      <tr>{children}</tr>
    </thead>
  );
}

const HEAD_PAD = { panel: 'px-4 py-3', inline: 'pb-2 pr-2 font-medium', 'inline-last': 'pb-2' } as const;

export function TableHead({
  pad = 'panel',
  className,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { pad?: keyof typeof HEAD_PAD }) {
  return <th scope="col" className={cx(className, HEAD_PAD[pad])} {...props} />;
}

export function TableBody({ look = 'panel', ...props }: HTMLAttributes<HTMLTableSectionElement> & { look?: Look }) {
  return <tbody className={look === 'panel' ? 'divide-y divide-stone-100' : undefined} {...props} />;
}

export function TableRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

/** Vertical room per row: `md` for a few rows, `sm`/`xs` for long lists, `inline` inside a form. */
const CELL_PAD = { md: 'px-4 py-3', sm: 'px-4 py-2.5', xs: 'px-4 py-2', inline: 'py-1 pr-2', 'inline-last': 'py-1' } as const;

export function TableCell({
  pad = 'md',
  className,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { pad?: keyof typeof CELL_PAD }) {
  return <td className={cx(className, CELL_PAD[pad])} {...props} />;
}

/** The one row a table shows when it has nothing to list. */
export function TableEmpty({ colSpan, tall = false, children }: { colSpan: number; tall?: boolean; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className={cx('px-4 text-center text-ink-soft', tall ? 'py-8' : 'py-6')}>
        {children}
      </td>
    </tr>
  );
}
