import type { Metadata } from 'next';
import { PersonForm } from '@/components/admin/catalogue-forms';
import { CatalogueRecordPage, filmsCount } from '@/components/admin/catalogue-records';
import { guarded } from '@/lib/auth/page-guard';
import { CREDIT_ROLE_FILMOGRAPHY } from '@/lib/catalogue';
import { getPerson } from '@/lib/dal/desk/people';
import { recordIdParam } from '@/lib/validation/record-id';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Person' };

export default async function PersonAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await recordIdParam(params);
  const flags = await searchParams;
  const person = await guarded(() => getPerson(id), routes.admin.person(id));
  const filmCount = new Set(person.credits.map((c) => c.filmId)).size;
  return (
    <CatalogueRecordPage
      kind="person"
      words={{ plural: 'People', singular: 'person', basePath: routes.admin.people() }}
      record={{ id: person.id, name: person.name }}
      address={routes.person(person.slug)}
      notice={flags.created === '1' ? 'Person created.' : flags.merged === '1' ? 'Merged: the duplicate’s credits are now on this record.' : null}
      form={<PersonForm key={person.id} person={person} />}
      filmsTitle="Credits"
      noFilms="No credits."
      films={person.credits.map((c) => ({
        key: `${c.filmId}-${c.role}`,
        filmId: c.filmId,
        filmTitle: c.filmTitle,
        detail: CREDIT_ROLE_FILMOGRAPHY[c.role] + (c.character ? ` · ${c.character}` : ''),
      }))}
      deleteBlocked={filmCount > 0 ? `Credited on ${filmsCount(filmCount)}: remove those credits or merge first.` : null}
    />
  );
}
