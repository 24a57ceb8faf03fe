import type { Metadata } from 'next';
import Link from 'next/link';
import { FilmStillsEditor } from '@/components/admin/film-stills-editor';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { FilmEditor } from '@/components/admin/film-editor';
import { guarded } from '@/lib/auth/page-guard';
import { countryOptions } from '@/lib/countries';
import { getFilmForEdit, listGenres } from '@/lib/dal/desk/films';
import { getFilmStills } from '@/lib/dal/desk/film-stills';
import { recordIdParam } from '@/lib/validation/record-id';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Edit film' };

export default async function EditFilmPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await recordIdParam(params);
  const created = (await searchParams).created === '1';
  const [film, genres, stills] = await guarded(() => Promise.all([getFilmForEdit(id), listGenres(), getFilmStills(id)]), routes.admin.film(id));
  return (
    <>
      <PageHeader title={film.title} description={routes.film(film.slug)}>
        <Link href={routes.admin.films()} className="text-sm font-medium text-ink-soft underline underline-offset-4 hover:text-accent">
          All films
        </Link>
      </PageHeader>
      {/* Keyed by film so that opening another film starts from its own rows. */}
      <FilmEditor key={film.id} film={film} genres={genres} countries={countryOptions()} created={created} />
      <div className="mt-8 max-w-5xl">
        <Panel title="Stills">
          <FilmStillsEditor key={film.id} filmId={film.id} initial={stills} />
        </Panel>
      </div>
    </>
  );
}
