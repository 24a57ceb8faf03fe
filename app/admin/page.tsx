import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { Inbox } from '@/components/admin/inbox';
import { ReviewTable } from '@/components/admin/review-table';
import { buttonVariants } from '@/components/ui/button';
import { guarded } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { authorize } from '@/lib/dal/guard';
import { listInbox } from '@/lib/dal/desk/notifications';
import { listDeskReviews, listMyReviews, listQueue } from '@/lib/dal/desk/reviews';
import type { ReviewListItem } from '@/lib/dal/types';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Dashboard' };

const GROUPS: { title: string; match: (r: ReviewListItem) => boolean; empty: string }[] = [
  { title: 'Drafts', match: (r) => r.status === 'draft', empty: 'No draft.' },
  { title: 'Changes requested', match: (r) => r.status === 'changes_requested', empty: 'Nothing sent back to you.' },
  { title: 'In review', match: (r) => r.status === 'in_review', empty: 'Nothing waiting for an editor.' },
  { title: 'Approved', match: (r) => r.status === 'approved', empty: 'Nothing approved and waiting.' },
  { title: 'Scheduled', match: (r) => r.status === 'published' && r.scheduled, empty: 'Nothing scheduled.' },
  { title: 'Published', match: (r) => r.status === 'published' && !r.scheduled, empty: 'Nothing published yet.' },
];

export default async function DashboardPage() {
  const viewer = await guarded(() => authorize('admin.enter'), routes.admin.home());
  const desk = can(viewer, 'queue.read');
  const [mine, queue, upcoming, inbox] = await guarded(
    () => Promise.all([listMyReviews(), desk ? listQueue() : Promise.resolve([]), desk ? listDeskReviews() : Promise.resolve([]), listInbox()]),
    routes.admin.home(),
  );
  return (
    <>
      <PageHeader title={`Hello, ${viewer.name.split(' ')[0]}`} description="Your reviews, by where they stand.">
        <Link href={routes.admin.newReview()} className={buttonVariants('primary')}>
          New review
        </Link>
      </PageHeader>
      <Inbox items={inbox.items} unread={inbox.unread} />
      {desk && (
        <div className="mb-10 grid grid-cols-1 gap-6 lg:grid-cols-2">
          <section aria-labelledby="desk-queue">
            <h2 id="desk-queue" className="mb-3 flex flex-wrap items-center justify-between gap-x-3 text-lg font-semibold">
              Waiting for an editor <Link href={routes.admin.queue()} className="text-sm font-medium text-accent underline">Open the queue</Link>
            </h2>
            <ReviewTable reviews={queue.slice(0, 5)} caption="Reviews in review" showAuthor timeColumn="submitted" empty="The queue is empty." />
          </section>
          <section aria-labelledby="desk-upcoming">
            <h2 id="desk-upcoming" className="mb-3 text-lg font-semibold">
              Approved and scheduled
            </h2>
            <ReviewTable reviews={upcoming} caption="Approved and scheduled reviews" showAuthor timeColumn="published" empty="Nothing approved or scheduled." />
          </section>
        </div>
      )}
      <div className="grid grid-cols-1 gap-8">
        {GROUPS.map((g) => {
          const rows = mine.filter(g.match);
          if (rows.length === 0 && (g.title === 'Scheduled' || g.title === 'Approved')) return null;
          return (
            <section key={g.title} aria-labelledby={`group-${g.title}`}>
              <h2 id={`group-${g.title}`} className="mb-3 text-lg font-semibold">
                {g.title} <span className="text-sm font-normal text-ink-soft">({rows.length})</span>
              </h2>
              <ReviewTable reviews={rows} caption={`${g.title}: my reviews`} empty={g.empty} />
            </section>
          );
        })}
      </div>
    </>
  );
}
