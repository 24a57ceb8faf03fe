import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/page-header';
import { FilmPicker } from '@/components/editor/film-picker';
import { guarded } from '@/lib/auth/page-guard';
import { authorize } from '@/lib/dal/guard';

export const metadata: Metadata = { title: 'New review' };

export default async function NewReviewPage() {
  await guarded(() => authorize('review.create'), '/admin/reviews/new');
  return (
    <>
      <PageHeader title="New review" description="Choose the film. Each critic writes one review per film: if you already started one, it opens." />
      <FilmPicker />
    </>
  );
}
