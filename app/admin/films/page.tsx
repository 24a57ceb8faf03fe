import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { ListSearch } from '@/components/admin/list-search';
import { buttonVariants } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guarded } from '@/lib/auth/page-guard';
import { listAdminFilms } from '@/lib/dal/desk/films';
import { routes } from '@/lib/routes';
import { formatInstant, yearOf } from '@/lib/dates';
import { posterUrl } from '@/lib/poster-urls';
import { listParamsSchema } from '@/lib/validation/catalogue';

export const metadata: Metadata = { title: 'Films' };

export default async function FilmsAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = listParamsSchema.parse(await searchParams);
  const { films, total, pageCount } = await guarded(() => listAdminFilms(filter), routes.admin.films());
  return (
    <>
      <PageHeader title="Films" description={`${total} ${total === 1 ? 'film' : 'films'} in the catalogue.`}>
        <Link href={routes.admin.newFilm()} className={buttonVariants('primary')}>
          New film
        </Link>
      </PageHeader>
      <ListSearch label="Search films" placeholder="Title or original title" q={filter.q} />
      <Table caption="Films">
        <TableHeader>
          <TableHead className="w-14">
            <span className="sr-only">Poster</span>
          </TableHead>
          <TableHead>Title</TableHead>
          <TableHead>Year</TableHead>
          <TableHead>Address</TableHead>
          <TableHead>Last changed</TableHead>
        </TableHeader>
        <TableBody>
          {films.length === 0 && (
            <TableEmpty colSpan={5} tall>
              {filter.q ? `No film matches “${filter.q}”.` : 'No film yet.'}
            </TableEmpty>
          )}
          {films.map((f) => (
            <TableRow key={f.id}>
              <TableCell pad="xs">
                {f.poster ? (
                  // eslint-disable-next-line @next/next/no-img-element -- our own poster variant
                  <img src={posterUrl(f.poster, 160, 'webp')} alt="" width={32} height={48} className="h-12 w-8 rounded-sm object-cover" />
                ) : (
                  <span aria-hidden="true" className="block h-12 w-8 rounded-sm bg-stone-200" />
                )}
              </TableCell>
              <TableCell pad="xs">
                <Link className="font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent" href={routes.admin.film(f.id)}>
                  {f.title}
                </Link>
                {f.originalTitle && f.originalTitle !== f.title && <span className="block text-xs italic text-ink-soft">{f.originalTitle}</span>}
              </TableCell>
              <TableCell pad="xs" className="tabular-nums">
                {yearOf(f.firstRelease) ?? '—'}
              </TableCell>
              <TableCell pad="xs" className="font-mono text-xs text-ink-soft">
                /films/{f.slug}
              </TableCell>
              <TableCell pad="xs" className="whitespace-nowrap text-ink-soft">
                {formatInstant(f.updatedAt)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Pagination page={filter.page} pageCount={pageCount} basePath={routes.admin.films()} params={{ q: filter.q }} />
    </>
  );
}
