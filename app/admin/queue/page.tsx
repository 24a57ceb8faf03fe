import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { QueuePanel } from '@/components/admin/queue/queue-panel';
import { StatusBadge } from '@/components/admin/status-badge';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-controls';
import { Pagination } from '@/components/ui/pagination';
import { Stars } from '@/components/ui/stars';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guarded } from '@/lib/auth/page-guard';
import { now } from '@/lib/clock';
import { formatInstant, formatShortDate, siteDateOf } from '@/lib/dates';
import { listQueuePage, readSubmission } from '@/lib/dal/desk/queue';
import { getReviewForEditing } from '@/lib/dal/desk/reviews';
import { routes } from '@/lib/routes';
import { queueQuerySchema, type QueueQuery } from '@/lib/validation/queue';
import { waitingFor } from '@/lib/waiting';
import { STATE_LABELS } from '@/lib/workflow';

export const metadata: Metadata = { title: 'Review queue' };

const STATE_CHOICES: { value: QueueQuery['state']; label: string }[] = [
  { value: 'in_review', label: STATE_LABELS.in_review },
  { value: 'changes_requested', label: STATE_LABELS.changes_requested },
  { value: 'approved', label: STATE_LABELS.approved },
  { value: 'published', label: 'Published or scheduled' },
  { value: 'all', label: 'Every state' },
];

/** The query as it goes back into links: defaults left out, so addresses stay short. */
function linkQuery(q: QueueQuery) {
  return {
    q: q.q,
    critic: q.critic,
    film: q.film,
    state: q.state === 'in_review' ? undefined : q.state,
    sort: q.sort === 'waiting' ? undefined : q.sort,
    page: q.page > 1 ? q.page : undefined,
  };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = queueQuerySchema.parse(await searchParams);
  const here = routes.admin.queue({ ...linkQuery(query), review: query.review });
  const [list, open] = await guarded(
    () =>
      Promise.all([
        listQueuePage(query),
        query.review ? Promise.all([getReviewForEditing(query.review), readSubmission(query.review)]) : Promise.resolve(null),
      ]),
    here,
  );
  const at = now();
  const keep = linkQuery(query);
  const filtered = Boolean(query.q || query.critic || query.film || query.state !== 'in_review');
  return (
    <>
      <PageHeader
        title="Review queue"
        description={`${list.total} ${list.total === 1 ? 'review' : 'reviews'} ${query.state === 'in_review' ? 'waiting for an editor' : 'found'}, ${query.sort === 'waiting' ? 'longest waiting first' : 'latest submitted first'}.`}
      />
      <form method="get" role="search" aria-label="Filter the queue" className="mb-6 grid grid-cols-2 items-end gap-3 sm:grid-cols-3 xl:flex xl:flex-wrap">
        <div className="col-span-2 sm:col-span-3 xl:w-56">
          <label htmlFor="queue-q" className="block text-sm font-medium">
            Search
          </label>
          <input id="queue-q" name="q" type="search" defaultValue={query.q ?? ''} placeholder="Film or critic" className={inputClass} />
        </div>
        <Choice id="queue-critic" name="critic" label="Critic" value={query.critic} options={list.critics.map((c) => ({ value: String(c.id), label: c.name }))} any="Every critic" />
        {list.films ? (
          <Choice id="queue-film" name="film" label="Film" value={query.film} options={list.films.map((f) => ({ value: String(f.id), label: f.title }))} any="Every film" />
        ) : (
          // Too many films in this state for a list: the search box finds a title.
          query.film !== undefined && <input type="hidden" name="film" value={query.film} />
        )}
        <Choice id="queue-state" name="state" label="State" value={query.state} options={STATE_CHOICES} />
        <Choice
          id="queue-sort"
          name="sort"
          label="Sort by"
          value={query.sort}
          options={[
            { value: 'waiting', label: 'Waiting longest' },
            { value: 'recent', label: 'Latest submitted' },
          ]}
        />
        <div className="flex items-center gap-3 pb-0.5">
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {filtered && (
            <Link href={routes.admin.queue()} className="text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
              Clear
            </Link>
          )}
        </div>
      </form>

      <div className={open ? 'grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,32rem)]' : ''}>
        <div className={open ? 'order-2 min-w-0 xl:order-1' : ''}>
          <Table
            caption="Submissions"
            className="max-sm:block max-sm:[&_tbody]:block max-sm:[&_td]:p-0 max-sm:[&_td:first-child]:basis-full max-sm:[&_thead]:sr-only max-sm:[&_tr]:flex max-sm:[&_tr]:flex-wrap max-sm:[&_tr]:items-center max-sm:[&_tr]:gap-x-3 max-sm:[&_tr]:gap-y-1.5 max-sm:[&_tr]:px-4 max-sm:[&_tr]:py-3"
          >
            <TableHeader>
              <TableHead>Film</TableHead>
              <TableHead>Critic</TableHead>
              <TableHead>Status</TableHead>
              {!open && <TableHead>Mark</TableHead>}
              <TableHead>Waiting</TableHead>
            </TableHeader>
            <TableBody>
              {list.items.length === 0 && (
                <TableEmpty colSpan={open ? 4 : 5} tall>
                  {filtered ? 'No submission matches these filters.' : 'The queue is empty. Nothing waits for an editor.'}
                </TableEmpty>
              )}
              {list.items.map((r) => {
                const selected = r.id === query.review;
                return (
                  <TableRow key={r.id} className={selected ? 'bg-amber-50' : 'hover:bg-stone-50'}>
                    <TableCell>
                      {/* No prefetch: opening a submission records that this editor read it. */}
                      <Link
                        href={routes.admin.queue({ ...keep, review: r.id })}
                        prefetch={false}
                        scroll={false}
                        aria-current={selected ? 'true' : undefined}
                        className="font-serif text-base font-semibold underline decoration-stone-300 underline-offset-4 hover:text-accent"
                      >
                        {r.film.title}
                      </Link>
                      {r.unread && r.status === 'in_review' && <span className="ml-2 rounded-sm bg-sky-100 px-1.5 py-0.5 text-[0.65rem] font-semibold uppercase tracking-wider text-sky-900">New to you</span>}
                    </TableCell>
                    <TableCell>{r.author.name}</TableCell>
                    <TableCell>
                      <StatusBadge status={r.status} scheduled={r.scheduled} />
                    </TableCell>
                    {/* With a submission open beside it, the list keeps what picks the next one; the panel shows the mark. */}
                    {!open && <TableCell>{r.mark === null ? <span className="text-ink-soft">—</span> : <Stars mark={r.mark} size="sm" />}</TableCell>}
                    <TableCell className="whitespace-nowrap text-ink-soft">
                      {/* Only a review in review is waiting; for the others the submission is history. */}
                      {r.submittedAt && r.status === 'in_review' ? (
                        <time dateTime={r.submittedAt.toISOString()} title={`Submitted ${formatInstant(r.submittedAt)}`}>
                          {waitingFor(r.submittedAt, at)}
                        </time>
                      ) : (
                        <span className="text-xs">{r.submittedAt ? `sent ${formatShortDate(siteDateOf(r.submittedAt))}` : '—'}</span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Pagination page={list.page} pageCount={list.pageCount} basePath={routes.admin.queue()} params={Object.fromEntries(Object.entries({ ...keep, page: undefined }).map(([k, v]) => [k, v === undefined ? undefined : String(v)]))} />
        </div>
        {open && (
          <div className="order-1 min-w-0 xl:order-2">
            <QueuePanel review={open[0]} read={open[1]} closeHref={routes.admin.queue(keep)} />
          </div>
        )}
      </div>
    </>
  );
}

function Choice({ id, name, label, value, options, any }: { id: string; name: string; label: string; value: string | number | undefined; options: { value: string; label: string }[]; any?: string }) {
  return (
    <div className="min-w-0 xl:w-40">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value === undefined ? '' : String(value)} className={inputClass}>
        {any && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
