'use client';

import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { startTransition, useActionState, useState } from 'react';
import { saveFilmAction, searchCompaniesAction, searchPeopleAction } from '@/app/admin/films/actions';
import { Button } from '@/components/ui/button';
import { Field, FormMessage, inputClass } from '@/components/ui/form-controls';
import {
  COMPANY_ROLE_HEADINGS,
  COMPANY_ROLES,
  CREDIT_ROLE_FILMOGRAPHY,
  CREDIT_ROLES,
  type CompanyRole,
  type CreditRole,
} from '@/lib/catalogue';
import type { FilmEditData, GenreOption } from '@/lib/dal/types';
import { IDLE, type FormState } from '@/lib/forms';
import { yearOf } from '@/lib/dates';
import { filmMeta } from '@/lib/seo/snippet';
import { slugify } from '@/lib/slug';
import { SeoFields } from './seo-fields';
import { PosterField, unsentFilm, usePoster } from './poster-field';
import { ReleaseKindOptions, ReleasesTable } from './releases-table';
import { newRowKey, RowGroupEditor, type GroupRow } from './row-group-editor';

type CreditRow = GroupRow<CreditRole> & { character: string };

const panel = 'rounded-lg border border-stone-200 bg-surface shadow-sm';

function Section({ title, description, children, id }: { title: string; description?: string; children: React.ReactNode; id: string }) {
  return (
    <section className={panel} aria-labelledby={`${id}-heading`}>
      <header className="border-b border-stone-100 px-6 py-4">
        <h2 id={`${id}-heading`} className="text-base font-semibold text-ink">
          {title}
        </h2>
        {description && <p className="mt-0.5 text-sm text-ink-soft">{description}</p>}
      </header>
      <div className="space-y-4 px-6 py-5">{children}</div>
    </section>
  );
}

export function FilmEditor({
  film,
  genres,
  countries,
  created,
}: {
  film: FilmEditData | null;
  genres: GenreOption[];
  countries: { code: string; name: string }[];
  created?: boolean;
}) {
  const [title, setTitle] = useState(film?.title ?? '');
  const [slug, setSlug] = useState(film?.slug ?? '');
  const [genreIds, setGenreIds] = useState<number[]>(film?.genreIds ?? []);
  const [synopsis, setSynopsis] = useState(film?.synopsis ?? '');
  const [seoTitle, setSeoTitle] = useState(film?.seoTitle ?? '');
  const [seoDescription, setSeoDescription] = useState(film?.seoDescription ?? '');
  const poster = usePoster();

  const [state, dispatch, pending] = useActionState(async (prev: FormState, formData: FormData): Promise<FormState> => {
    try {
      const next = await saveFilmAction(prev, formData);
      if (next.status === 'success') {
        poster.saved();
        if (next.result?.slug) setSlug(next.result.slug);
      }
      return next;
    } catch (e) {
      // A redirect after creating is how Next.js navigates: let it through.
      unstable_rethrow(e);
      return unsentFilm(e, formData);
    }
  }, IDLE);
  const errors = state.fieldErrors ?? {};
  const err = (key: string) => errors[key];

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!poster.fitsBeforeSending()) return;
    const formData = new FormData(e.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <form onSubmit={onSubmit} encType="multipart/form-data" noValidate className="space-y-6" aria-label={film ? `Edit ${film.title}` : 'New film'}>
      {film && <input type="hidden" name="filmId" value={film.id} />}

      {created && state.status === 'idle' && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          Film created. It is live at{' '}
          <Link className="underline" href={`/films/${film?.slug}`}>
            /films/{film?.slug}
          </Link>
          .
        </p>
      )}
      {state.status !== 'idle' && (
        <div
          className={`rounded-md border px-4 py-3 ${state.status === 'error' ? 'border-red-200 bg-red-50' : 'border-emerald-200 bg-emerald-50'}`}
        >
          <FormMessage state={state} />
        </div>
      )}

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <Section id="basics" title="Basics">
            <Field id="title" label="Title" errors={err('title')}>
              {(a11y) => (
                <input
                  {...a11y}
                  name="title"
                  required
                  value={title}
                  onChange={(e) => setTitle(e.target.value)}
                  className={`${inputClass} font-serif text-2xl font-bold`}
                />
              )}
            </Field>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <Field id="originalTitle" label="Original title" errors={err('originalTitle')}>
                {(a11y) => <input {...a11y} name="originalTitle" defaultValue={film?.originalTitle ?? ''} className={inputClass} />}
              </Field>
              <Field
                id="slug"
                label="Slug"
                errors={err('slug')}
                hintAfter
                hint={
                  <>
                    {film
                      ? 'Changing it keeps the old address working: visitors are sent to the new one.'
                      : 'Left empty, it is made from the title.'}
                    {film && film.oldSlugs.length > 0 && <> Old addresses: {film.oldSlugs.map((s) => `/films/${s}`).join(', ')}.</>}
                  </>
                }
              >
                {(a11y) => (
                  <div className="mt-1 flex rounded-md shadow-sm">
                    <span className="inline-flex items-center rounded-l-md border border-r-0 border-stone-300 bg-stone-50 px-3 text-sm text-ink-soft">
                      /films/
                    </span>
                    <input
                      {...a11y}
                      name="slug"
                      value={slug}
                      onChange={(e) => setSlug(e.target.value)}
                      placeholder={slugify(title) || 'generated-from-the-title'}
                      className="block w-full min-w-0 rounded-r-md border border-stone-300 bg-surface px-3 py-2 text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600"
                    />
                  </div>
                )}
              </Field>
            </div>
            <Field id="synopsis" label="Synopsis" hint="One or two sentences, shown under the title." errors={err('synopsis')}>
              {(a11y) => <textarea {...a11y} name="synopsis" rows={3} value={synopsis} onChange={(e) => setSynopsis(e.target.value)} className={inputClass} />}
            </Field>
          </Section>

          <Section id="credits" title="Credits" description="Find a person by name or create one. Order within each role is the billing order.">
            <RowGroupEditor<CreditRole, CreditRow>
              name="credits"
              initial={(film?.credits ?? []).map((c) => ({ key: newRowKey(), entityId: c.personId, newName: null, name: c.name, role: c.role, character: c.character ?? '' }))}
              roles={CREDIT_ROLES}
              heading={(r) => CREDIT_ROLE_FILMOGRAPHY[r]}
              role={{ id: 'credit-role', label: 'Role', initial: 'director', option: (r) => CREDIT_ROLE_FILMOGRAPHY[r] }}
              picker={{ label: 'Add a person', noun: 'person', placeholder: 'Type a name…', search: searchPeopleAction }}
              errors={err}
              rowErrorFields={['personId', 'character', 'newName']}
              toJson={(c) => ({ personId: c.entityId, newName: c.newName, role: c.role, character: c.character })}
              newRow={(row) => ({ ...row, character: '' })}
              extra={(c, update) => (c.role === 'cast' || c.role === 'other') && <CharacterInput credit={c} update={update} />}
              showCount
              empty="No credits yet."
            />
          </Section>

          <Section id="releases" title="Releases" description="One row per country and kind of release.">
            <ReleasesTable initial={film?.releases ?? []} countries={countries} errors={err} />
          </Section>

          <Section id="companies" title="Companies" description="Production companies and distributors.">
            <RowGroupEditor<CompanyRole, GroupRow<CompanyRole>>
              name="companies"
              initial={(film?.companies ?? []).map((c) => ({ key: newRowKey(), entityId: c.companyId, newName: null, name: c.name, role: c.role }))}
              roles={COMPANY_ROLES}
              heading={(r) => COMPANY_ROLE_HEADINGS[r]}
              role={{ id: 'company-role', label: 'Company role', initial: 'production', option: (r) => (r === 'production' ? 'Production' : 'Distribution') }}
              picker={{ label: 'Add a company', noun: 'company', placeholder: 'Type a company name…', search: searchCompaniesAction }}
              errors={err}
              rowErrorFields={['companyId']}
              toJson={(c) => ({ companyId: c.entityId, newName: c.newName, role: c.role })}
            />
          </Section>

          <Section id="seo" title="Search and social" description="Optional: what search results and share cards say about the film page.">
            <SeoFields
              idPrefix=""
              names
              title={seoTitle}
              description={seoDescription}
              onTitle={setSeoTitle}
              onDescription={setSeoDescription}
              derived={filmMeta({ title: title || 'Untitled', year: yearOf(film?.releases[0]?.date), synopsis, seoTitle: null, seoDescription: null })}
              meta={filmMeta({ title: title || 'Untitled', year: yearOf(film?.releases[0]?.date), synopsis, seoTitle, seoDescription })}
              path={`/films/${slug || slugify(title) || 'new-film'}`}
              errors={(f) => err(f)}
              image={film ? `/films/${film.slug}/opengraph-image` : undefined}
            />
          </Section>
        </div>

        <aside className="space-y-6 xl:sticky xl:top-6 xl:self-start">
          <div className={`${panel} space-y-3 px-6 py-5`}>
            <Button type="submit" variant="block" disabled={pending} aria-disabled={pending}>
              {pending ? 'Saving…' : film ? 'Save changes' : 'Create film'}
            </Button>
            {film && (
              <Link
                href={`/films/${film.slug}`}
                className="block text-center text-sm font-medium text-accent underline underline-offset-4"
                target="_blank"
              >
                View the public page
              </Link>
            )}
          </div>

          <Section id="details" title="Details">
            <div>
              <label htmlFor="releaseKind" className="block text-sm font-medium text-ink">
                Release kind
              </label>
              <select id="releaseKind" name="releaseKind" defaultValue={film?.releaseKind ?? 'cinema'} className={inputClass}>
                <ReleaseKindOptions />
              </select>
            </div>
            <Field id="runtimeMinutes" label="Running time (minutes)" errors={err('runtimeMinutes')}>
              {(a11y) => <input {...a11y} name="runtimeMinutes" inputMode="numeric" defaultValue={film?.runtimeMinutes ?? ''} className={inputClass} />}
            </Field>
            <Field id="ageRating" label="Age rating" errors={err('ageRating')}>
              {(a11y) => (
                <input {...a11y} name="ageRating" placeholder="e.g. PG-13, Tous publics" defaultValue={film?.ageRating ?? ''} className={inputClass} />
              )}
            </Field>
          </Section>

          <Section id="genres" title="Genres">
            <fieldset>
              <legend className="sr-only">Genres</legend>
              <div className="flex flex-wrap gap-2">
                {genres.map((g) => {
                  const checked = genreIds.includes(g.id);
                  return (
                    <label
                      key={g.id}
                      className={`cursor-pointer rounded-full border px-3 py-1 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent/40 ${checked ? 'border-ink bg-ink text-paper' : 'border-stone-300 bg-surface text-ink hover:border-accent'}`}
                    >
                      <input
                        type="checkbox"
                        name="genreIds"
                        value={g.id}
                        checked={checked}
                        onChange={(e) => setGenreIds((ids) => (e.target.checked ? [...ids, g.id] : ids.filter((x) => x !== g.id)))}
                        className="sr-only"
                      />
                      {g.name}
                    </label>
                  );
                })}
              </div>
            </fieldset>
            <Field id="newGenres" label="Add genres" errors={err('newGenres')}>
              {(a11y) => <input {...a11y} name="newGenres" placeholder="Comma separated: Noir, Musical" className={inputClass} />}
            </Field>
          </Section>

          <Section id="poster-panel" title="Poster">
            <PosterField poster={poster} stored={film?.poster ?? null} title={title} serverErrors={err('poster')} />
          </Section>
        </aside>
      </div>
    </form>
  );
}

/** The character an actor plays, or the job of an "other" credit. */
function CharacterInput({ credit, update }: { credit: CreditRow; update: (patch: Partial<CreditRow>) => void }) {
  const cast = credit.role === 'cast';
  return (
    <input
      aria-label={`${cast ? 'Character played by' : 'Job of'} ${credit.name}`}
      placeholder={cast ? 'Character' : 'Job title'}
      className="w-44 rounded-md border border-stone-300 px-2 py-1 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
      value={credit.character}
      onChange={(e) => update({ character: e.target.value })}
    />
  );
}
