import type { Metadata } from 'next';
import Link from 'next/link';
import { ListSearch } from '@/components/admin/list-search';
import { PageHeader } from '@/components/admin/page-header';
import { Pagination } from '@/components/ui/pagination';
import { guarded } from '@/lib/auth/page-guard';
import { listCompanies } from '@/lib/dal/catalogue';
import { listParamsSchema } from '@/lib/validation/catalogue';

export const metadata: Metadata = { title: 'Companies' };

export default async function CompaniesAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filter = listParamsSchema.parse(raw);
  const { companies, total, pageCount } = await guarded(() => listCompanies(filter), '/admin/companies');
  return (
    <>
      <PageHeader title="Companies" description={`${total} production and distribution ${total === 1 ? 'company' : 'companies'}.`}>
        <Link href="/admin/companies/new" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent">
          New company
        </Link>
      </PageHeader>
      {raw.deleted === '1' && (
        <p role="status" className="mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          The company was deleted.
        </p>
      )}
      <ListSearch label="Search companies" placeholder="Name" q={filter.q} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Companies</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wider text-ink-soft">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Slug</th>
              <th scope="col" className="px-4 py-3 text-right">Films</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {companies.length === 0 && (
              <tr>
                <td colSpan={3} className="px-4 py-8 text-center text-ink-soft">
                  {filter.q ? `No company matches “${filter.q}”.` : 'No company yet.'}
                </td>
              </tr>
            )}
            {companies.map((c) => (
              <tr key={c.id}>
                <td className="px-4 py-2.5">
                  <Link className="font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent" href={`/admin/companies/${c.id}`}>
                    {c.name}
                  </Link>
                </td>
                <td className="px-4 py-2.5 font-mono text-xs text-ink-soft">{c.slug}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{c.filmCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={filter.page} pageCount={pageCount} basePath="/admin/companies" params={{ q: filter.q }} />
    </>
  );
}
