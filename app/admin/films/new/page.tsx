import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { FilmEditor } from '@/components/admin/film-editor';
import { guarded } from '@/lib/auth/page-guard';
import { countryOptions } from '@/lib/countries';
import { listGenres } from '@/lib/dal/desk/films';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'New film' };

export default async function NewFilmPage() {
  const genres = await guarded(listGenres, routes.admin.newFilm());
  return (
    <>
      <PageHeader title="New film" description="Everything but the title can be filled in later.">
        <Link href={routes.admin.films()} className="text-sm font-medium text-ink-soft underline underline-offset-4 hover:text-accent">
          All films
        </Link>
      </PageHeader>
      <FilmEditor film={null} genres={genres} countries={countryOptions()} />
    </>
  );
}
