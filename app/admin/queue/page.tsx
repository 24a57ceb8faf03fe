import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/page-header';
import { ReviewTable } from '@/components/admin/review-table';
import { guarded } from '@/lib/auth/page-guard';
import { listQueue } from '@/lib/dal/desk/reviews';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Review queue' };

export default async function QueuePage() {
  const queue = await guarded(listQueue, routes.admin.queue());
  return (
    <>
      <PageHeader title="Review queue" description="Reviews submitted for review, oldest first." />
      <ReviewTable reviews={queue} caption="Reviews waiting for an editor" showAuthor timeColumn="submitted" empty="The queue is empty. Nothing waits for an editor." />
    </>
  );
}
