import type { Metadata } from 'next';
import { CatalogueRecordList } from '@/components/admin/catalogue-records';
import { guarded } from '@/lib/auth/page-guard';
import { listPeople } from '@/lib/dal/desk/people';
import { listParamsSchema } from '@/lib/validation/catalogue';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'People' };

export default async function PeopleAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filter = listParamsSchema.parse(raw);
  const { people, total, pageCount } = await guarded(() => listPeople(filter), routes.admin.people());
  return (
    <CatalogueRecordList
      words={{ plural: 'People', singular: 'person', basePath: routes.admin.people() }}
      description={`${total} ${total === 1 ? 'person' : 'people'}: directors, writers, cast and crew.`}
      columns={['Address', 'Credits']}
      rows={people.map((p) => ({ id: p.id, name: p.name, address: routes.person(p.slug), count: p.creditCount }))}
      empty={filter.q ? `Nobody matches “${filter.q}”.` : 'Nobody yet.'}
      deleted={raw.deleted === '1'}
      q={filter.q}
      page={filter.page}
      pageCount={pageCount}
    />
  );
}
