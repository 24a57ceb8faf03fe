'use server';

import { redirect } from 'next/navigation';
import { searchCompanies } from '@/lib/dal/desk/companies';
import type { CompanyOption } from '@/lib/dal/types';
import { saveFilm } from '@/lib/dal/desk/films';
import { setFilmStills } from '@/lib/dal/desk/film-stills';
import type { PosterChange } from '@/lib/dal/types';
import { searchPeople } from '@/lib/dal/desk/people';
import type { PersonOption } from '@/lib/dal/types';
import { isDalError } from '@/lib/dal/errors';
import { authorize } from '@/lib/dal/guard';
import { failed, fieldErrorsOf, formValues, type FormState, assertForm } from '@/lib/forms';
import { POSTER_MAX_BYTES, posterTooLarge } from '@/lib/poster-urls';
import { normalizePoster } from '@/lib/posters';
import { routes } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';
import { filmFormInput, filmFormSchema, searchQuerySchema } from '@/lib/validation/catalogue';
import { filmStillsSchema } from '@/lib/validation/stills';

export async function saveFilmAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = filmFormSchema.safeParse(filmFormInput(formData));
  const fieldErrors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error, { fullPath: true });

  // Nobody gets image work done for them before they are known to manage the catalogue: decoding
  // is the expensive part, and saveFilm's own check comes after it.
  try {
    await authorize('catalogue.manage');
  } catch (e) {
    return failed(e, values);
  }

  // The poster is checked from its bytes, whatever its name or declared type.
  let posterChange: PosterChange = { kind: 'keep' };
  const file = formData.get('poster');
  if (file instanceof File && file.size > 0) {
    if (file.size > POSTER_MAX_BYTES) {
      fieldErrors.poster = [posterTooLarge(file.size)];
    } else {
      const checked = await normalizePoster(new Uint8Array(await file.arrayBuffer()));
      if (checked.ok) posterChange = { kind: 'replace', poster: checked.poster };
      else fieldErrors.poster = [checked.message];
    }
  } else if (parsed.success && parsed.data.removePoster) {
    posterChange = { kind: 'remove' };
  }

  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { status: 'error', message: 'Nothing was saved: please correct the fields marked below.', fieldErrors, values };
  }
  let saved;
  try {
    saved = await saveFilm(parsed.data, posterChange);
  } catch (e) {
    const state = failed(e, values);
    return { ...state, message: state.fieldErrors ? 'Nothing was saved: please correct the fields marked below.' : state.message };
  }
  markStale(staleAfter.filmSaved(saved));
  if (!parsed.data.filmId) redirect(`${routes.admin.film(saved.id)}?created=1`);
  return {
    status: 'success',
    message: saved.previousSlug ? `Saved. The old address ${routes.film(saved.previousSlug)} now redirects here.` : 'Saved.',
    values,
    result: { slug: saved.slug },
  };
}

/** The credit picker's look-up. Refusals come back as no match: the DAL has already said no. */
export async function searchPeopleAction(query: string): Promise<PersonOption[]> {
  // A crafted call may send anything as the query: no match rather than a 500.
  const q = searchQuerySchema.safeParse(query);
  if (!q.success) return [];
  try {
    return await searchPeople(q.data);
  } catch (e) {
    if (isDalError(e)) return [];
    throw e;
  }
}

export async function searchCompaniesAction(query: string): Promise<CompanyOption[]> {
  // A crafted call may send anything as the query: no match rather than a 500.
  const q = searchQuerySchema.safeParse(query);
  if (!q.success) return [];
  try {
    return await searchCompanies(q.data);
  } catch (e) {
    if (isDalError(e)) return [];
    throw e;
  }
}

/**
 * A film's stills, as the editor's list now has them (ids in order, as JSON): adding, removing and
 * moving are each this one save of the whole list.
 */
export async function saveFilmStillsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  let mediaIds: unknown;
  try {
    mediaIds = JSON.parse(String(formData.get('mediaIds') ?? '[]'));
  } catch {
    mediaIds = null;
  }
  const parsed = filmStillsSchema.safeParse({ filmId: formData.get('filmId'), mediaIds });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Reload the page and try again.' };
  let saved;
  try {
    saved = await setFilmStills(parsed.data);
  } catch (e) {
    return failed(e, {});
  }
  markStale(staleAfter.filmStills({ id: parsed.data.filmId, slug: saved.slug }));
  return { status: 'success', message: 'Stills saved.' };
}
