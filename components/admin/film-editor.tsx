'use client';

import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { startTransition, useActionState, useRef, useState } from 'react';
import { saveFilmAction, searchCompaniesAction, searchPeopleAction } from '@/app/admin/films/actions';
import { EntityPicker, type Picked } from '@/components/admin/entity-picker';
import { FieldError, FormMessage, inputClass, secondaryButtonClass } from '@/components/ui/form-controls';
import {
  COMPANY_ROLE_HEADINGS,
  COMPANY_ROLES,
  CREDIT_ROLE_FILMOGRAPHY,
  CREDIT_ROLES,
  RELEASE_KIND_LABELS,
  RELEASE_KINDS,
  type CompanyRole,
  type CreditRole,
  type ReleaseKind,
} from '@/lib/catalogue';
import type { FilmEditData, GenreOption } from '@/lib/dal/catalogue';
import { IDLE, type FormState } from '@/lib/forms';
import { POSTER_MAX_BYTES, POSTER_MAX_LABEL, posterTooLarge, posterUrl } from '@/lib/poster-urls';
import { slugify } from '@/lib/slug';
import { useRowDrag } from './use-row-drag';
import { moveWithin } from '@/lib/reorder';

/** Kept in step with lib/posters.ts (a server module): checked here only to answer at once. */

type CreditRow = { key: string; personId: number | null; newName: string | null; name: string; role: CreditRole; character: string };
type CompanyRow = { key: string; companyId: number | null; newName: string | null; name: string; role: CompanyRole };
type ReleaseRow = { key: string; country: string; date: string; kind: ReleaseKind; certification: string };

let counter = 0;
const newKey = () => `row-${++counter}`;

const panel = 'rounded-lg border border-stone-200 bg-white shadow-sm';
const iconButton =
  'inline-flex h-8 w-8 items-center justify-center rounded-md border border-stone-200 bg-white text-ink-soft hover:border-accent hover:text-accent disabled:cursor-not-allowed disabled:opacity-30';

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
  const [releases, setReleases] = useState<ReleaseRow[]>(() =>
    (film?.releases ?? []).map((r) => ({ key: newKey(), ...r, certification: r.certification ?? '' })),
  );
  const [creditRows, setCreditRows] = useState<CreditRow[]>(() =>
    (film?.credits ?? []).map((c) => ({ key: newKey(), personId: c.personId, newName: null, name: c.name, role: c.role, character: c.character ?? '' })),
  );
  const [companyRows, setCompanyRows] = useState<CompanyRow[]>(() =>
    (film?.companies ?? []).map((c) => ({ key: newKey(), companyId: c.companyId, newName: null, name: c.name, role: c.role })),
  );
  const sameRole = (a: { role: string }, b: { role: string }) => a.role === b.role;
  const creditDrag = useRowDrag(creditRows, setCreditRows, sameRole);
  const companyDrag = useRowDrag(companyRows, setCompanyRows, sameRole);
  const [creditRole, setCreditRole] = useState<CreditRole>('director');
  const [companyRole, setCompanyRole] = useState<CompanyRole>('production');
  const [posterPreview, setPosterPreview] = useState<string | null>(null);
  const [posterError, setPosterError] = useState<string | null>(null);
  const [removePoster, setRemovePoster] = useState(false);
  const posterInput = useRef<HTMLInputElement>(null);

  const [state, dispatch, pending] = useActionState(async (prev: FormState, formData: FormData): Promise<FormState> => {
    try {
      const next = await saveFilmAction(prev, formData);
      if (next.status === 'success') {
        // The stored poster (from the refreshed server props) replaces the local preview.
        if (posterInput.current) posterInput.current.value = '';
        setPosterPreview(null);
        setRemovePoster(false);
        if (next.result?.slug) setSlug(next.result.slug);
      }
      return next;
    } catch (e) {
      // A redirect after creating is how Next.js navigates: let it (and any other Next.js signal) through.
      unstable_rethrow(e);
      return unsavedBecause(e, formData);
    }
  }, IDLE);
  const errors = state.fieldErrors ?? {};
  const err = (key: string) => errors[key];


  const creditsJson = JSON.stringify(
    creditRows.map((c) => ({ personId: c.personId, newName: c.newName, role: c.role, character: c.character })),
  );
  const companiesJson = JSON.stringify(companyRows.map((c) => ({ companyId: c.companyId, newName: c.newName, role: c.role })));
  const releasesJson = JSON.stringify(releases.map(({ key: _key, ...r }) => r));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = posterInput.current?.files?.[0];
    if (file && file.size > POSTER_MAX_BYTES) {
      setPosterError(`${posterTooLarge(file.size)} Nothing was saved.`);
      posterInput.current?.focus();
      return;
    }
    const formData = new FormData(e.currentTarget);
    startTransition(() => dispatch(formData));
  }

  function addCredit(p: Picked) {
    setCreditRows((rows) => [
      ...rows,
      'id' in p
        ? { key: newKey(), personId: p.id, newName: null, name: p.name, role: creditRole, character: '' }
        : { key: newKey(), personId: null, newName: p.newName, name: p.newName, role: creditRole, character: '' },
    ]);
  }
  function addCompany(p: Picked) {
    setCompanyRows((rows) => [
      ...rows,
      'id' in p
        ? { key: newKey(), companyId: p.id, newName: null, name: p.name, role: companyRole }
        : { key: newKey(), companyId: null, newName: p.newName, name: p.newName, role: companyRole },
    ]);
  }

  // Errors of dynamic rows come back by index in the order the rows were sent.
  const creditIndex = new Map(creditRows.map((c, i) => [c.key, i]));
  const companyIndex = new Map(companyRows.map((c, i) => [c.key, i]));
  const posterMessage = posterError ?? err('poster')?.join(' ');
  const shownPoster = posterPreview ?? (film?.poster && !removePoster ? posterUrl(film.poster, 320, 'webp') : null);

  return (
    <form onSubmit={onSubmit} encType="multipart/form-data" noValidate className="space-y-6" aria-label={film ? `Edit ${film.title}` : 'New film'}>
      {film && <input type="hidden" name="filmId" value={film.id} />}
      <input type="hidden" name="credits" value={creditsJson} />
      <input type="hidden" name="companies" value={companiesJson} />
      <input type="hidden" name="releases" value={releasesJson} />

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

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <Section id="basics" title="Basics">
            <div>
              <label htmlFor="title" className="block text-sm font-medium text-ink">
                Title
              </label>
              <input
                id="title"
                name="title"
                required
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                className={`${inputClass} font-serif text-2xl font-bold`}
                aria-invalid={err('title') ? true : undefined}
                aria-describedby="title-error"
              />
              <FieldError id="title-error" errors={err('title')} />
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <label htmlFor="originalTitle" className="block text-sm font-medium text-ink">
                  Original title
                </label>
                <input
                  id="originalTitle"
                  name="originalTitle"
                  defaultValue={film?.originalTitle ?? ''}
                  className={inputClass}
                  aria-invalid={err('originalTitle') ? true : undefined}
                  aria-describedby="originalTitle-error"
                />
                <FieldError id="originalTitle-error" errors={err('originalTitle')} />
              </div>
              <div>
                <label htmlFor="slug" className="block text-sm font-medium text-ink">
                  Slug
                </label>
                <div className="mt-1 flex rounded-md shadow-sm">
                  <span className="inline-flex items-center rounded-l-md border border-r-0 border-stone-300 bg-stone-50 px-3 text-sm text-ink-soft">
                    /films/
                  </span>
                  <input
                    id="slug"
                    name="slug"
                    value={slug}
                    onChange={(e) => setSlug(e.target.value)}
                    placeholder={slugify(title) || 'generated-from-the-title'}
                    className="block w-full min-w-0 rounded-r-md border border-stone-300 bg-white px-3 py-2 text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600"
                    aria-invalid={err('slug') ? true : undefined}
                    aria-describedby="slug-hint slug-error"
                  />
                </div>
                <p id="slug-hint" className="mt-1 text-xs text-ink-soft">
                  {film
                    ? 'Changing it keeps the old address working: visitors are sent to the new one.'
                    : 'Left empty, it is made from the title.'}
                  {film && film.oldSlugs.length > 0 && <> Old addresses: {film.oldSlugs.map((s) => `/films/${s}`).join(', ')}.</>}
                </p>
                <FieldError id="slug-error" errors={err('slug')} />
              </div>
            </div>
            <div>
              <label htmlFor="synopsis" className="block text-sm font-medium text-ink">
                Synopsis
              </label>
              <p id="synopsis-hint" className="text-xs text-ink-soft">
                One or two sentences, shown under the title.
              </p>
              <textarea
                id="synopsis"
                name="synopsis"
                rows={3}
                defaultValue={film?.synopsis ?? ''}
                className={inputClass}
                aria-invalid={err('synopsis') ? true : undefined}
                aria-describedby="synopsis-hint synopsis-error"
              />
              <FieldError id="synopsis-error" errors={err('synopsis')} />
            </div>
          </Section>

          <Section id="credits" title="Credits" description="Find a person by name or create one. Order within each role is the billing order.">
            <div className="grid gap-3 rounded-md bg-stone-50 p-4 sm:grid-cols-[12rem_1fr]">
              <div>
                <label htmlFor="credit-role" className="block text-sm font-medium text-ink">
                  Role
                </label>
                <select id="credit-role" className={inputClass} value={creditRole} onChange={(e) => setCreditRole(e.target.value as CreditRole)}>
                  {CREDIT_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {CREDIT_ROLE_FILMOGRAPHY[r]}
                    </option>
                  ))}
                </select>
              </div>
              <EntityPicker
                label="Add a person"
                noun="person"
                placeholder="Type a name…"
                search={searchPeopleAction}
                onPick={addCredit}
                excludeIds={creditRows.filter((c) => c.role === creditRole && c.personId).map((c) => c.personId!)}
              />
            </div>
            <FieldError id="credits-error" errors={err('credits')} />
            {creditRows.length === 0 ? (
              <p className="text-sm italic text-ink-soft">No credits yet.</p>
            ) : (
              CREDIT_ROLES.filter((role) => creditRows.some((c) => c.role === role)).map((role) => {
                const group = creditRows.filter((c) => c.role === role);
                const roleLabel = CREDIT_ROLE_FILMOGRAPHY[role];
                return (
                  <div key={role} role="group" aria-label={roleLabel}>
                    <h3 className="mb-2 text-xs font-semibold uppercase tracking-wider text-ink-soft">
                      {roleLabel} <span className="font-normal">({group.length})</span>
                    </h3>
                    <ol className="divide-y divide-stone-100 rounded-md border border-stone-200">
                      {group.map((c, i) => {
                        const index = creditIndex.get(c.key)!;
                        const rowError = err(`credits.${index}.personId`) ?? err(`credits.${index}.character`) ?? err(`credits.${index}.newName`);
                        return (
                          <li key={c.key} className={ROW} {...creditDrag.target(c.key)}>
                            <DragGrip {...creditDrag.grip(c.key)} />
                            <span className="w-6 text-right text-xs tabular-nums text-ink-soft">{i + 1}</span>
                            <span className="min-w-[8rem] flex-1 font-medium">
                              {c.name}
                              {c.newName && (
                                <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">new</span>
                              )}
                            </span>
                            {(role === 'cast' || role === 'other') && (
                              <input
                                aria-label={`${role === 'cast' ? 'Character played by' : 'Job of'} ${c.name}`}
                                placeholder={role === 'cast' ? 'Character' : 'Job title'}
                                className="w-44 rounded-md border border-stone-300 px-2 py-1 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
                                value={c.character}
                                onChange={(e) =>
                                  setCreditRows((rows) => rows.map((r) => (r.key === c.key ? { ...r, character: e.target.value } : r)))
                                }
                              />
                            )}
                            <RowControls
                              name={c.name}
                              group={roleLabel}
                              first={i === 0}
                              last={i === group.length - 1}
                              onMove={(step) => setCreditRows((rows) => moveWithin(rows, index, step, sameRole))}
                              onRemove={() => setCreditRows((rows) => rows.filter((r) => r.key !== c.key))}
                            />
                            {rowError && <p className="basis-full text-sm text-red-700">{rowError.join(' ')}</p>}
                          </li>
                        );
                      })}
                    </ol>
                  </div>
                );
              })
            )}
          </Section>

          <Section id="releases" title="Releases" description="One row per country and kind of release.">
            <FieldError id="releases-error" errors={err('releases')} />
            {releases.length === 0 && <p className="text-sm italic text-ink-soft">No release dates yet.</p>}
            {releases.length > 0 && (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead className="text-xs uppercase tracking-wider text-ink-soft">
                    <tr>
                      <th scope="col" className="pb-2 pr-2 font-medium">Country</th>
                      <th scope="col" className="pb-2 pr-2 font-medium">Date</th>
                      <th scope="col" className="pb-2 pr-2 font-medium">Kind</th>
                      <th scope="col" className="pb-2 pr-2 font-medium">Certification</th>
                      <th scope="col" className="pb-2"><span className="sr-only">Remove</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {releases.map((r, i) => {
                      const update = (patch: Partial<ReleaseRow>) =>
                        setReleases((rows) => rows.map((x) => (x.key === r.key ? { ...x, ...patch } : x)));
                      const cell = 'rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';
                      const rowErrors = ['country', 'date', 'kind', 'certification'].flatMap((f) => err(`releases.${i}.${f}`) ?? []);
                      return (
                        <tr key={r.key} className="align-top">
                          <td className="py-1 pr-2">
                            <select
                              aria-label={`Country of release ${i + 1}`}
                              className={`${cell} w-48`}
                              value={r.country}
                              aria-invalid={err(`releases.${i}.country`) ? true : undefined}
                              onChange={(e) => update({ country: e.target.value })}
                            >
                              <option value="">Choose…</option>
                              {countries.map((c) => (
                                <option key={c.code} value={c.code}>
                                  {c.name} ({c.code})
                                </option>
                              ))}
                            </select>
                          </td>
                          <td className="py-1 pr-2">
                            <input
                              type="date"
                              aria-label={`Date of release ${i + 1}`}
                              className={cell}
                              value={r.date}
                              aria-invalid={err(`releases.${i}.date`) ? true : undefined}
                              onChange={(e) => update({ date: e.target.value })}
                            />
                          </td>
                          <td className="py-1 pr-2">
                            <select
                              aria-label={`Kind of release ${i + 1}`}
                              className={cell}
                              value={r.kind}
                              onChange={(e) => update({ kind: e.target.value as ReleaseKind })}
                            >
                              {RELEASE_KINDS.map((k) => (
                                <option key={k} value={k}>
                                  {RELEASE_KIND_LABELS[k]}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td className="py-1 pr-2">
                            <input
                              aria-label={`Certification of release ${i + 1}`}
                              placeholder="e.g. PG-13"
                              className={`${cell} w-32`}
                              value={r.certification}
                              onChange={(e) => update({ certification: e.target.value })}
                            />
                            {rowErrors.length > 0 && <p className="mt-1 text-sm text-red-700">{rowErrors.join(' ')}</p>}
                          </td>
                          <td className="py-1 text-right">
                            <button
                              type="button"
                              className={`${iconButton} hover:border-red-600 hover:text-red-700`}
                              aria-label={`Remove release ${i + 1}`}
                              title="Remove"
                              onClick={() => setReleases((rows) => rows.filter((x) => x.key !== r.key))}
                            >
                              ×
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => setReleases((rows) => [...rows, { key: newKey(), country: '', date: '', kind: 'cinema', certification: '' }])}
            >
              + Add release
            </button>
          </Section>

          <Section id="companies" title="Companies" description="Production companies and distributors.">
            <div className="grid gap-3 rounded-md bg-stone-50 p-4 sm:grid-cols-[12rem_1fr]">
              <div>
                <label htmlFor="company-role" className="block text-sm font-medium text-ink">
                  Company role
                </label>
                <select
                  id="company-role"
                  className={inputClass}
                  value={companyRole}
                  onChange={(e) => setCompanyRole(e.target.value as CompanyRole)}
                >
                  {COMPANY_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r === 'production' ? 'Production' : 'Distribution'}
                    </option>
                  ))}
                </select>
              </div>
              <EntityPicker
                label="Add a company"
                noun="company"
                placeholder="Type a company name…"
                search={searchCompaniesAction}
                onPick={addCompany}
                excludeIds={companyRows.filter((c) => c.role === companyRole && c.companyId).map((c) => c.companyId!)}
              />
            </div>
            <FieldError id="companies-error" errors={err('companies')} />
            {COMPANY_ROLES.filter((role) => companyRows.some((c) => c.role === role)).map((role) => {
              const group = companyRows.filter((c) => c.role === role);
              const roleLabel = COMPANY_ROLE_HEADINGS[role];
              return (
                <div key={role} role="group" aria-label={roleLabel}>
                  <h3 className="mb-2 text-xs font-semibold uppercase tracking-wider text-ink-soft">{roleLabel}</h3>
                  <ol className="divide-y divide-stone-100 rounded-md border border-stone-200">
                    {group.map((c, i) => {
                      const index = companyIndex.get(c.key)!;
                      const rowError = err(`companies.${index}.companyId`);
                      return (
                        <li key={c.key} className={ROW} {...companyDrag.target(c.key)}>
                          <DragGrip {...companyDrag.grip(c.key)} />
                          <span className="w-6 text-right text-xs tabular-nums text-ink-soft">{i + 1}</span>
                          <span className="flex-1 font-medium">
                            {c.name}
                            {c.newName && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">new</span>}
                          </span>
                          <RowControls
                            name={c.name}
                            group={roleLabel}
                            first={i === 0}
                            last={i === group.length - 1}
                            onMove={(step) => setCompanyRows((rows) => moveWithin(rows, index, step, sameRole))}
                            onRemove={() => setCompanyRows((rows) => rows.filter((r) => r.key !== c.key))}
                          />
                          {rowError && <p className="basis-full text-sm text-red-700">{rowError.join(' ')}</p>}
                        </li>
                      );
                    })}
                  </ol>
                </div>
              );
            })}
          </Section>
        </div>

        <aside className="space-y-6 xl:sticky xl:top-6 xl:self-start">
          <div className={`${panel} space-y-3 px-6 py-5`}>
            <button
              type="submit"
              disabled={pending}
              aria-disabled={pending}
              className="inline-flex w-full items-center justify-center rounded-md bg-ink px-4 py-2.5 text-sm font-semibold text-paper shadow-sm hover:bg-accent disabled:opacity-60"
            >
              {pending ? 'Saving…' : film ? 'Save changes' : 'Create film'}
            </button>
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
                {RELEASE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {RELEASE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="runtimeMinutes" className="block text-sm font-medium text-ink">
                Running time (minutes)
              </label>
              <input
                id="runtimeMinutes"
                name="runtimeMinutes"
                inputMode="numeric"
                defaultValue={film?.runtimeMinutes ?? ''}
                className={inputClass}
                aria-invalid={err('runtimeMinutes') ? true : undefined}
                aria-describedby="runtimeMinutes-error"
              />
              <FieldError id="runtimeMinutes-error" errors={err('runtimeMinutes')} />
            </div>
            <div>
              <label htmlFor="ageRating" className="block text-sm font-medium text-ink">
                Age rating
              </label>
              <input
                id="ageRating"
                name="ageRating"
                placeholder="e.g. PG-13, Tous publics"
                defaultValue={film?.ageRating ?? ''}
                className={inputClass}
                aria-invalid={err('ageRating') ? true : undefined}
                aria-describedby="ageRating-error"
              />
              <FieldError id="ageRating-error" errors={err('ageRating')} />
            </div>
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
                      className={`cursor-pointer rounded-full border px-3 py-1 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent/40 ${checked ? 'border-ink bg-ink text-paper' : 'border-stone-300 bg-white text-ink hover:border-accent'}`}
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
            <div>
              <label htmlFor="newGenres" className="block text-sm font-medium text-ink">
                Add genres
              </label>
              <input
                id="newGenres"
                name="newGenres"
                placeholder="Comma separated: Noir, Musical"
                className={inputClass}
                aria-invalid={err('newGenres') ? true : undefined}
                aria-describedby="newGenres-error"
              />
              <FieldError id="newGenres-error" errors={err('newGenres')} />
            </div>
          </Section>

          <Section id="poster-panel" title="Poster">
            <div className="mx-auto w-40">
              {shownPoster ? (
                // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) or our own variant
                <img src={shownPoster} alt={`Poster of ${title || 'this film'}`} className="w-full rounded-sm shadow" />
              ) : (
                <div className="flex aspect-[2/3] w-full items-center justify-center rounded-sm border-2 border-dashed border-stone-300 text-center text-xs text-ink-soft">
                  No poster
                </div>
              )}
            </div>
            <div>
              <label htmlFor="poster" className="block text-sm font-medium text-ink">
                {film?.poster ? 'Replace poster' : 'Poster image'}
              </label>
              <p id="poster-hint" className="text-xs text-ink-soft">
                JPEG, PNG or WebP, at most {POSTER_MAX_LABEL}. Camera and location data are removed.
              </p>
              <input
                ref={posterInput}
                id="poster"
                name="poster"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:border-accent"
                aria-invalid={posterMessage ? true : undefined}
                aria-describedby="poster-hint poster-error"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  setPosterError(null);
                  if (posterPreview) URL.revokeObjectURL(posterPreview);
                  setPosterPreview(null);
                  if (!file) return;
                  if (file.size > POSTER_MAX_BYTES) {
                    setPosterError(posterTooLarge(file.size));
                    return;
                  }
                  if (['image/jpeg', 'image/png', 'image/webp'].includes(file.type)) setPosterPreview(URL.createObjectURL(file));
                }}
              />
              <FieldError id="poster-error" errors={posterMessage ? [posterMessage] : undefined} />
            </div>
            {film?.poster && (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="removePoster" checked={removePoster} onChange={(e) => setRemovePoster(e.target.checked)} />
                Remove the poster
              </label>
            )}
          </Section>
        </aside>
      </div>
    </form>
  );
}

/** A row of a credits or companies group; lit up while a dragged row hovers over it. */
const ROW =
  'flex flex-wrap items-center gap-2 px-3 py-2 data-[dragging]:opacity-40 data-[drop-target]:bg-accent/10 data-[drop-target]:shadow-[inset_0_2px_0_var(--color-accent)]';

/**
 * The handle a pointer drags a row by. Hidden from assistive technology: the move buttons next to
 * it do the same from the keyboard.
 */
function DragGrip(props: React.HTMLAttributes<HTMLSpanElement> & { draggable: boolean }) {
  return (
    <span
      {...props}
      aria-hidden="true"
      title="Drag to reorder"
      data-drag-grip=""
      className="cursor-grab select-none px-1 text-lg leading-none text-stone-400 hover:text-ink active:cursor-grabbing"
    >
      ⠿
    </span>
  );
}

/** Move up, move down and remove for one row of a credits or companies group (keyboard and pointer). */
function RowControls({
  name,
  group,
  first,
  last,
  onMove,
  onRemove,
}: {
  name: string;
  group: string;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <span className="flex gap-1">
      <button type="button" className={iconButton} aria-label={`Move ${name} up in ${group}`} title="Move up" disabled={first} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className={iconButton} aria-label={`Move ${name} down in ${group}`} title="Move down" disabled={last} onClick={() => onMove(1)}>
        ↓
      </button>
      <button
        type="button"
        className={`${iconButton} hover:border-red-600 hover:text-red-700`}
        aria-label={`Remove ${name} from ${group}`}
        title="Remove"
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  );
}

/**
 * What to say when the action threw instead of answering: only a chosen poster can make the request
 * too large, so only then is the upload blamed; otherwise the network or the server is.
 */
function unsavedBecause(e: unknown, formData: FormData): FormState {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    return { status: 'error', message: 'You are offline: nothing was saved. Your changes are still here; save again once connected.' };
  }
  const poster = formData.get('poster');
  const withPoster = poster instanceof File && poster.size > 0;
  // Next.js reports a refused request (413 from the size limit) as an unexpected response.
  if (withPoster && e instanceof Error && /unexpected response|body exceeded|too large|413/i.test(e.message)) {
    return {
      status: 'error',
      message: `The server refused the upload as too large; nothing was saved. A poster is a JPEG, PNG or WebP file of at most ${POSTER_MAX_LABEL}.`,
      fieldErrors: { poster: [`This upload was refused: choose an image of at most ${POSTER_MAX_LABEL}.`] },
    };
  }
  return {
    status: 'error',
    message: 'The film could not be saved: the server did not answer as expected. Nothing was saved; your changes are still here, so try again.',
  };
}
