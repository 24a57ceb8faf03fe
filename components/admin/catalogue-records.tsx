import Link from 'next/link';
import type { ReactNode } from 'react';
import { DeleteForm, MergeForm } from '@/components/admin/catalogue-forms';
import { ListSearch } from '@/components/admin/list-search';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { buttonVariants } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { routes } from '@/lib/routes';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';

/**
 * The admin screens people and companies share: a searchable, paginated list, and a record page
 * with its form, the films it is on, a merge for duplicates and a delete. What differs between the
 * two (words, columns, the form) comes in as props; the DAL calls stay in each page.
 */

type Words = {
  /** "People" / "Companies": page title, caption and the search box. */
  plural: string;
  /** "person" / "company". */
  singular: string;
  basePath: string;
};

const LINK = 'font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent';
const NOTICE = 'mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900';

export function CatalogueRecordList({
  words,
  description,
  columns,
  rows,
  empty,
  deleted,
  q,
  page,
  pageCount,
}: {
  words: Words;
  description: string;
  /** Headings of the second and third columns (the first is "Name"). */
  columns: [string, string];
  rows: { id: number; name: string; address: string; count: number }[];
  empty: string;
  deleted: boolean;
  q: string | undefined;
  page: number;
  pageCount: number;
}) {
  return (
    <>
      <PageHeader title={words.plural} description={description}>
        <Link href={`${words.basePath}/new`} className={buttonVariants('primary')}>
          New {words.singular}
        </Link>
      </PageHeader>
      {deleted && (
        <p role="status" className={NOTICE}>
          The {words.singular} was deleted.
        </p>
      )}
      <ListSearch label={`Search ${words.plural.toLowerCase()}`} placeholder="Name" q={q} />
      <Table caption={words.plural}>
        <TableHeader>
          <TableHead>Name</TableHead>
          <TableHead>{columns[0]}</TableHead>
          <TableHead className="text-right">{columns[1]}</TableHead>
        </TableHeader>
        <TableBody>
          {rows.length === 0 && (
            <TableEmpty colSpan={3} tall>
              {empty}
            </TableEmpty>
          )}
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell pad="sm">
                <Link className={LINK} href={`${words.basePath}/${r.id}`}>
                  {r.name}
                </Link>
              </TableCell>
              <TableCell pad="sm" className="font-mono text-xs text-ink-soft">
                {r.address}
              </TableCell>
              <TableCell pad="sm" className="text-right tabular-nums">
                {r.count}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Pagination page={page} pageCount={pageCount} basePath={words.basePath} params={{ q }} />
    </>
  );
}

export function CatalogueRecordPage({
  kind,
  words,
  record,
  address,
  notice,
  form,
  films,
  filmsTitle,
  noFilms,
  deleteBlocked,
}: {
  kind: 'person' | 'company';
  words: Words;
  record: { id: number; name: string };
  address: string;
  notice: string | null;
  form: ReactNode;
  films: { key: string; filmId: number; filmTitle: string; detail: string }[];
  filmsTitle: string;
  noFilms: string;
  deleteBlocked: string | null;
}) {
  return (
    <>
      <PageHeader title={record.name} description={address}>
        <Link href={words.basePath} className="text-sm font-medium text-ink-soft underline underline-offset-4 hover:text-accent">
          All {words.plural.toLowerCase()}
        </Link>
      </PageHeader>
      {notice && (
        <p role="status" className={`${NOTICE} max-w-5xl`}>
          {notice}
        </p>
      )}
      <div className="grid max-w-5xl gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Panel title={words.singular.charAt(0).toUpperCase() + words.singular.slice(1)}>{form}</Panel>
          <Panel title={filmsTitle}>
            {films.length === 0 ? (
              <p className="text-sm italic text-ink-soft">{noFilms}</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {films.map((f) => (
                  <li key={f.key} className="flex justify-between gap-4 py-2">
                    <Link className={LINK} href={routes.admin.film(f.filmId)}>
                      {f.filmTitle}
                    </Link>
                    <span className="text-ink-soft">{f.detail}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
        <div className="space-y-6">
          <Panel title="Merge a duplicate">
            <MergeForm key={record.id} kind={kind} current={record} />
          </Panel>
          <Panel title="Delete">
            <DeleteForm key={record.id} kind={kind} id={record.id} name={record.name} blocked={deleteBlocked} />
          </Panel>
        </div>
      </div>
    </>
  );
}

/** "a film" / "3 films", for the reasons a record cannot be deleted. */
export function filmsCount(n: number): string {
  return n === 1 ? 'a film' : `${n} films`;
}
