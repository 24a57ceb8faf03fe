import type { Metadata } from 'next';
import { CompanyForm } from '@/components/admin/catalogue-forms';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { guarded } from '@/lib/auth/page-guard';
import { authorize } from '@/lib/dal/guard';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'New company' };

export default async function NewCompanyPage() {
  await guarded(() => authorize('catalogue.manage'), routes.admin.newCompany());
  return (
    <>
      <PageHeader title="New company" description="Companies can also be created from a film’s editor." />
      <div className="max-w-2xl">
        <Panel title="Company">
          <CompanyForm company={null} />
        </Panel>
      </div>
    </>
  );
}
