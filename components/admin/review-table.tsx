import Link from 'next/link';
import { Stars } from '@/components/ui/stars';
import { formatInstant } from '@/lib/dates';
import type { ReviewListItem } from '@/lib/dal/types';
import { StatusBadge } from './status-badge';
import { routes } from '@/lib/routes';

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
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wider text-ink-soft">
          <tr>
            <th scope="col" className="px-4 py-3">Film</th>
            {showAuthor && <th scope="col" className="px-4 py-3">Reviewer</th>}
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Mark</th>
            <th scope="col" className="px-4 py-3">{timeLabel}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {reviews.length === 0 && (
            <tr>
              <td colSpan={showAuthor ? 5 : 4} className="px-4 py-6 text-center text-ink-soft">
                {empty}
              </td>
            </tr>
          )}
          {reviews.map((r) => {
            const t = timeColumn === 'submitted' ? r.submittedAt : timeColumn === 'published' ? r.publishedAt : r.updatedAt;
            return (
              <tr key={r.id} className="hover:bg-stone-50">
                <td className="px-4 py-3">
                  <Link href={routes.admin.review(r.id)} className="font-serif text-base font-semibold underline decoration-stone-300 underline-offset-4 hover:text-accent">
                    {r.film.title}
                  </Link>
                  {r.live && r.status !== 'published' && <span className="ml-2 text-xs text-ink-soft">(live version public)</span>}
                </td>
                {showAuthor && <td className="px-4 py-3">{r.author}</td>}
                <td className="px-4 py-3">
                  <StatusBadge status={r.status} scheduled={r.scheduled} />
                </td>
                <td className="px-4 py-3">{r.mark === null ? <span className="text-ink-soft">—</span> : <Stars mark={r.mark} size="sm" />}</td>
                <td className="whitespace-nowrap px-4 py-3 text-ink-soft">{t ? <time dateTime={t.toISOString()}>{formatInstant(t)}</time> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
