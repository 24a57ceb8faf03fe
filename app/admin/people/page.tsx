import type { Metadata } from 'next';
import Link from 'next/link';
import { ListSearch } from '@/components/admin/list-search';
import { PageHeader } from '@/components/admin/page-header';
import { Pagination } from '@/components/ui/pagination';
import { guarded } from '@/lib/auth/page-guard';
import { listPeople } from '@/lib/dal/catalogue';
import { listParamsSchema } from '@/lib/validation/catalogue';

export const metadata: Metadata = { title: 'People' };

export default async function PeopleAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filter = listParamsSchema.parse(raw);
  const { people, total, pageCount } = await guarded(() => listPeople(filter), '/admin/people');
  return (
    <>
      <PageHeader title="People" description={`${total} ${total === 1 ? 'person' : 'people'}: directors, writers, cast and crew.`}>
        <Link href="/admin/people/new" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent">
          New person
        </Link>
      </PageHeader>
      {raw.deleted === '1' && (
        <p role="status" className="mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          The person was deleted.
        </p>
      )}
      <ListSearch label="Search people" placeholder="Name" q={filter.q} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">People</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wider text-ink-soft">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Address</th>
              <th scope="col" className="px-4 py-3 text-right">Credits</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {people.length === 0 && (
              <tr>
                <td colSpan={3} className="px-4 py-8 text-center text-ink-soft">
                  {filter.q ? `Nobody matches “${filter.q}”.` : 'Nobody yet.'}
                </td>
              </tr>
            )}
            {people.map((p) => (
              <tr key={p.id}>
                <td className="px-4 py-2.5">
                  <Link className="font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent" href={`/admin/people/${p.id}`}>
                    {p.name}
                  </Link>
                </td>
                <td className="px-4 py-2.5 font-mono text-xs text-ink-soft">/people/{p.slug}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{p.creditCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={filter.page} pageCount={pageCount} basePath="/admin/people" params={{ q: filter.q }} />
    </>
  );
}
