import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CompanyForm, DeleteForm, MergeForm } from '@/components/admin/catalogue-forms';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { guarded } from '@/lib/auth/page-guard';
import { COMPANY_ROLE_HEADINGS } from '@/lib/catalogue';
import { getCompany } from '@/lib/dal/catalogue';

export const metadata: Metadata = { title: 'Company' };

export default async function CompanyAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = z.coerce.number().int().positive().max(2 ** 31).safeParse((await params).id);
  if (!id.success) notFound();
  const flags = await searchParams;
  const company = await guarded(() => getCompany(id.data), `/admin/companies/${id.data}`);
  const filmCount = new Set(company.films.map((f) => f.filmId)).size;
  return (
    <>
      <PageHeader title={company.name} description={company.slug}>
        <Link href="/admin/companies" className="text-sm font-medium text-ink-soft underline underline-offset-4 hover:text-accent">
          All companies
        </Link>
      </PageHeader>
      {(flags.created === '1' || flags.merged === '1') && (
        <p role="status" className="mb-6 max-w-5xl rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          {flags.created === '1' ? 'Company created.' : 'Merged: the duplicate’s films are now on this record.'}
        </p>
      )}
      <div className="grid max-w-5xl gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Panel title="Company">
            <CompanyForm key={`${company.slug}-${company.name}`} company={company} />
          </Panel>
          <Panel title="Films">
            {company.films.length === 0 ? (
              <p className="text-sm italic text-ink-soft">Not listed on any film.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {company.films.map((f) => (
                  <li key={`${f.filmId}-${f.role}`} className="flex justify-between gap-4 py-2">
                    <Link className="font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent" href={`/admin/films/${f.filmId}`}>
                      {f.filmTitle}
                    </Link>
                    <span className="text-ink-soft">{COMPANY_ROLE_HEADINGS[f.role]}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
        <div className="space-y-6">
          <Panel title="Merge a duplicate">
            <MergeForm kind="company" current={{ id: company.id, name: company.name }} />
          </Panel>
          <Panel title="Delete">
            <DeleteForm
              kind="company"
              id={company.id}
              name={company.name}
              blocked={filmCount > 0 ? `Listed on ${filmCount === 1 ? 'a film' : `${filmCount} films`}: remove it from those films or merge first.` : null}
            />
          </Panel>
        </div>
      </div>
    </>
  );
}
