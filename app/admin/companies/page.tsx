import type { Metadata } from 'next';
import { CatalogueRecordList } from '@/components/admin/catalogue-records';
import { guarded } from '@/lib/auth/page-guard';
import { listCompanies } from '@/lib/dal/desk/companies';
import { listParamsSchema } from '@/lib/validation/catalogue';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Companies' };

export default async function CompaniesAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filter = listParamsSchema.parse(raw);
  const { companies, total, pageCount } = await guarded(() => listCompanies(filter), routes.admin.companies());
  return (
    <CatalogueRecordList
      words={{ plural: 'Companies', singular: 'company', basePath: routes.admin.companies() }}
      description={`${total} production and distribution ${total === 1 ? 'company' : 'companies'}.`}
      columns={['Slug', 'Films']}
      rows={companies.map((c) => ({ id: c.id, name: c.name, address: c.slug, count: c.filmCount }))}
      empty={filter.q ? `No company matches “${filter.q}”.` : 'No company yet.'}
      deleted={raw.deleted === '1'}
      q={filter.q}
      page={filter.page}
      pageCount={pageCount}
    />
  );
}
