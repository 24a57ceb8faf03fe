import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/page-header';
import { FilmPicker } from '@/components/editor/film-picker';
import { guarded } from '@/lib/auth/page-guard';
import { authorize } from '@/lib/dal/guard';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'New review' };

export default async function NewReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await guarded(() => authorize('review.create'), routes.admin.newReview());
  const { error } = await searchParams;
  return (
    <>
      <PageHeader title="New review" description="Choose the film. Each critic writes one review per film: if you already started one, it opens." />
      {error === 'film' && (
        <p role="alert" className="mb-6 max-w-2xl rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          That film could not be found (it may have been merged or deleted). Choose it again.
        </p>
      )}
      <FilmPicker />
    </>
  );
}
