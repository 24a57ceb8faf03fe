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
import { listDeskReviews, listMyReviewGroups, listQueue } from '@/lib/dal/desk/reviews';
import { Pagination } from '@/components/ui/pagination';
import { myReviewPagesSchema, type MyReviewPages } from '@/lib/my-review-groups';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Dashboard' };

const NONE = { items: [], total: 0 };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The other groups' pages, kept in a group's paging links (page 1 is the default, left out). */
function otherPages(pages: MyReviewPages, except: string): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, k !== except && v > 1 ? String(v) : undefined]));
}

export default async function DashboardPage({ searchParams }: Props) {
  const viewer = await guarded(() => authorize('admin.enter'), routes.admin.home());
  const desk = can(viewer, 'queue.read');
  const pages = myReviewPagesSchema.parse(await searchParams);
  const [mine, queue, upcoming, inbox] = await guarded(
    () => Promise.all([listMyReviewGroups(pages), desk ? listQueue(5) : Promise.resolve(NONE), desk ? listDeskReviews(10) : Promise.resolve(NONE), listInbox()]),
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
              <span>
                Waiting for an editor <span className="text-sm font-normal text-ink-soft">({queue.total.toLocaleString('en-GB')})</span>
              </span>
              <Link href={routes.admin.queue()} className="text-sm font-medium text-accent underline">
                Open the queue
              </Link>
            </h2>
            <ReviewTable reviews={queue.items} caption="Reviews in review" showAuthor timeColumn="submitted" empty="The queue is empty." />
          </section>
          <section aria-labelledby="desk-upcoming">
            <h2 id="desk-upcoming" className="mb-3 flex flex-wrap items-center justify-between gap-x-3 text-lg font-semibold">
              <span>
                Approved and scheduled <span className="text-sm font-normal text-ink-soft">({upcoming.total.toLocaleString('en-GB')})</span>
              </span>
              {upcoming.total > upcoming.items.length && (
                <Link href={routes.admin.queue({ state: 'approved' })} className="text-sm font-medium text-accent underline">
                  All approved in the queue
                </Link>
              )}
            </h2>
            <ReviewTable reviews={upcoming.items} caption="Approved and scheduled reviews" showAuthor timeColumn="published" empty="Nothing approved or scheduled." />
          </section>
        </div>
      )}
      <div className="grid grid-cols-1 gap-8">
        {mine.map((g) => {
          if (g.total === 0 && 'hideWhenEmpty' in g && g.hideWhenEmpty) return null;
          return (
            <section key={g.key} id={`group-${g.key}`} aria-labelledby={`group-${g.key}-heading`}>
              <h2 id={`group-${g.key}-heading`} className="mb-3 text-lg font-semibold">
                {g.title} <span className="text-sm font-normal text-ink-soft">({g.total.toLocaleString('en-GB')})</span>
              </h2>
              <ReviewTable reviews={g.items} caption={`${g.title}: my reviews`} empty={g.empty} />
              <Pagination
                page={g.page}
                pageCount={g.pageCount}
                basePath={routes.admin.home()}
                params={otherPages(pages, g.key)}
                param={g.key}
                label={`${g.title}: pages`}
                hash={`#group-${g.key}`}
              />
            </section>
          );
        })}
      </div>
    </>
  );
}
