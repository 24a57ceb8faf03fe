import type { Metadata } from 'next';
import { PersonForm } from '@/components/admin/catalogue-forms';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { guarded } from '@/lib/auth/page-guard';
import { authorize } from '@/lib/dal/guard';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'New person' };

export default async function NewPersonPage() {
  await guarded(() => authorize('catalogue.manage'), routes.admin.newPerson());
  return (
    <>
      <PageHeader title="New person" description="People can also be created from a film’s credits." />
      <div className="max-w-2xl">
        <Panel title="Person">
          <PersonForm person={null} />
        </Panel>
      </div>
    </>
  );
}
