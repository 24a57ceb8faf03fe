import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/page-header';
import { guarded } from '@/lib/auth/page-guard';
import { authorize } from '@/lib/dal/guard';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const viewer = await guarded(() => authorize('admin.enter'), '/admin');
  return (
    <>
      <PageHeader title={`Hello, ${viewer.name.split(' ')[0]}`} description="Your reviews and the desk’s work." />
    </>
  );
}
