import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { ListSearch } from '@/components/admin/list-search';
import { Pagination } from '@/components/ui/pagination';
import { guarded } from '@/lib/auth/page-guard';
import { listAdminFilms } from '@/lib/dal/desk/films';
import { formatInstant, yearOf } from '@/lib/dates';
import { posterUrl } from '@/lib/poster-urls';
import { listParamsSchema } from '@/lib/validation/catalogue';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Films' };

export default async function FilmsAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = listParamsSchema.parse(await searchParams);
  const { films, total, pageCount } = await guarded(() => listAdminFilms(filter), routes.admin.films());
  return (
    <>
      <PageHeader title="Films" description={`${total} ${total === 1 ? 'film' : 'films'} in the catalogue.`}>
        <Link href={routes.admin.newFilm()} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent">
          New film
        </Link>
      </PageHeader>
      <ListSearch label="Search films" placeholder="Title or original title" q={filter.q} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Films</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wider text-ink-soft">
            <tr>
              <th scope="col" className="w-14 px-4 py-3"><span className="sr-only">Poster</span></th>
              <th scope="col" className="px-4 py-3">Title</th>
              <th scope="col" className="px-4 py-3">Year</th>
              <th scope="col" className="px-4 py-3">Address</th>
              <th scope="col" className="px-4 py-3">Last changed</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {films.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-8 text-center text-ink-soft">
                  {filter.q ? `No film matches “${filter.q}”.` : 'No film yet.'}
                </td>
              </tr>
            )}
            {films.map((f) => (
              <tr key={f.id}>
                <td className="px-4 py-2">
                  {f.poster ? (
                    // eslint-disable-next-line @next/next/no-img-element -- our own poster variant
                    <img src={posterUrl(f.poster, 160, 'webp')} alt="" width={32} height={48} className="h-12 w-8 rounded-sm object-cover" />
                  ) : (
                    <span aria-hidden="true" className="block h-12 w-8 rounded-sm bg-stone-200" />
                  )}
                </td>
                <td className="px-4 py-2">
                  <Link className="font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent" href={routes.admin.film(f.id)}>
                    {f.title}
                  </Link>
                  {f.originalTitle && f.originalTitle !== f.title && <span className="block text-xs italic text-ink-soft">{f.originalTitle}</span>}
                </td>
                <td className="px-4 py-2 tabular-nums">{yearOf(f.firstRelease) ?? '—'}</td>
                <td className="px-4 py-2 font-mono text-xs text-ink-soft">/films/{f.slug}</td>
                <td className="whitespace-nowrap px-4 py-2 text-ink-soft">{formatInstant(f.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={filter.page} pageCount={pageCount} basePath={routes.admin.films()} params={{ q: filter.q }} />
    </>
  );
}
