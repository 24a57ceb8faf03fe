import type { Metadata } from 'next';
import { CompanyForm } from '@/components/admin/catalogue-forms';
import { CatalogueRecordPage, filmsCount } from '@/components/admin/catalogue-records';
import { guarded } from '@/lib/auth/page-guard';
import { COMPANY_ROLE_HEADINGS } from '@/lib/catalogue';
import { getCompany } from '@/lib/dal/desk/companies';
import { recordIdParam } from '@/lib/validation/record-id';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Company' };

export default async function CompanyAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await recordIdParam(params);
  const flags = await searchParams;
  const company = await guarded(() => getCompany(id), routes.admin.company(id));
  const filmCount = new Set(company.films.map((f) => f.filmId)).size;
  return (
    <CatalogueRecordPage
      kind="company"
      words={{ plural: 'Companies', singular: 'company', basePath: routes.admin.companies() }}
      record={{ id: company.id, name: company.name }}
      address={company.slug}
      notice={flags.created === '1' ? 'Company created.' : flags.merged === '1' ? 'Merged: the duplicate’s films are now on this record.' : null}
      form={<CompanyForm key={company.id} company={company} />}
      filmsTitle="Films"
      noFilms="Not listed on any film."
      films={company.films.map((f) => ({ key: `${f.filmId}-${f.role}`, filmId: f.filmId, filmTitle: f.filmTitle, detail: COMPANY_ROLE_HEADINGS[f.role] }))}
      deleteBlocked={filmCount > 0 ? `Listed on ${filmsCount(filmCount)}: remove it from those films or merge first.` : null}
    />
  );
}
