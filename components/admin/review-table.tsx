import Link from 'next/link';
import { Stars } from '@/components/ui/stars';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatInstant } from '@/lib/dates';
import type { ReviewListItem } from '@/lib/dal/types';
import { routes } from '@/lib/routes';
import { StatusBadge } from './status-badge';

/** A table of reviews for the staff area; `columns` picks what each screen needs. */
export function ReviewTable({
  reviews,
  caption,
  showAuthor = false,
  timeColumn = 'updated',
  empty,
}: {
  reviews: ReviewListItem[];
  caption: string;
  showAuthor?: boolean;
  timeColumn?: 'updated' | 'submitted' | 'published';
  empty: string;
}) {
  const timeLabel = { updated: 'Last change', submitted: 'Submitted', published: 'Goes live' }[timeColumn];
  return (
    // On a phone each review is a card: the film on its own line, then author, status, mark and
    // date, instead of five columns scrolled sideways.
    <Table
      caption={caption}
      className="max-sm:block max-sm:[&_tbody]:block max-sm:[&_td]:p-0 max-sm:[&_td:first-child]:basis-full max-sm:[&_thead]:sr-only max-sm:[&_tr]:flex max-sm:[&_tr]:flex-wrap max-sm:[&_tr]:items-center max-sm:[&_tr]:gap-x-3 max-sm:[&_tr]:gap-y-1.5 max-sm:[&_tr]:px-4 max-sm:[&_tr]:py-3"
    >
      <TableHeader>
        <TableHead>Film</TableHead>
        {showAuthor && <TableHead>Reviewer</TableHead>}
        <TableHead>Status</TableHead>
        <TableHead>Mark</TableHead>
        <TableHead>{timeLabel}</TableHead>
      </TableHeader>
      <TableBody>
        {reviews.length === 0 && <TableEmpty colSpan={showAuthor ? 5 : 4}>{empty}</TableEmpty>}
        {reviews.map((r) => {
          const t = timeColumn === 'submitted' ? r.submittedAt : timeColumn === 'published' ? r.publishedAt : r.updatedAt;
          return (
            <TableRow key={r.id} className="hover:bg-stone-50">
              <TableCell>
                <Link href={routes.admin.review(r.id)} className="font-serif text-base font-semibold underline decoration-stone-300 underline-offset-4 hover:text-accent">
                  {r.film.title}
                </Link>
                {r.live && r.status !== 'published' && <span className="ml-2 text-xs text-ink-soft">(live version public)</span>}
              </TableCell>
              {showAuthor && <TableCell>{r.author}</TableCell>}
              <TableCell>
                <StatusBadge status={r.status} scheduled={r.scheduled} />
              </TableCell>
              <TableCell>{r.mark === null ? <span className="text-ink-soft">—</span> : <Stars mark={r.mark} size="sm" />}</TableCell>
              <TableCell className="whitespace-nowrap text-ink-soft">{t ? <time dateTime={t.toISOString()}>{formatInstant(t)}</time> : '—'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
