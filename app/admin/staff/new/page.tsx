import type { Metadata } from 'next';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { CreateStaffForm } from '@/components/admin/staff-forms';
import { guarded } from '@/lib/auth/page-guard';
import { authorize } from '@/lib/dal/guard';
import { siteUrl } from '@/lib/env';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'New account' };

export default async function NewStaffPage() {
  await guarded(() => authorize('staff.manage'), routes.admin.newStaff());
  return (
    <>
      <PageHeader title="New account" description="The person signs in with their email and the password you hand over." />
      <div className="max-w-2xl">
        <Panel title="Account">
          <CreateStaffForm origin={siteUrl()} />
        </Panel>
      </div>
    </>
  );
}
