'use server';

import { deleteMedia, listMedia, updateMedia } from '@/lib/dal/desk/media';
import { isDalError } from '@/lib/dal/errors';
import { failed, formValues, invalid, assertForm, type FormState } from '@/lib/forms';
import type { UploadedMedia } from '@/components/media/upload';
import { markStale, staleAfter } from '@/lib/stale';
import { idFormSchema, searchQuerySchema } from '@/lib/validation/catalogue';
import { mediaDetailsSchema } from '@/lib/validation/media';

/** The editor's library picker: the newest images matching the words, as the editor draws them. */
export async function searchMediaAction(query: string): Promise<UploadedMedia[]> {
  // A crafted call may send anything as the query: no match rather than a 500.
  const q = searchQuerySchema.safeParse(query);
  if (!q.success) return [];
  try {
    const page = await listMedia({ q: q.data, page: 1 });
    return page.items.map((m) => ({ id: m.id, version: m.version, width: m.width, height: m.height, alt: m.alt, caption: m.caption, credit: m.credit, fileName: m.fileName }));
  } catch (e) {
    if (isDalError(e)) return [];
    throw e;
  }
}

export async function updateMediaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const id = idFormSchema.safeParse(Object.fromEntries(formData));
  if (!id.success) return { status: 'error', message: 'Reload the page and try again.' };
  const parsed = mediaDetailsSchema.safeParse({ alt: formData.get('alt') ?? '', caption: formData.get('caption'), credit: formData.get('credit') });
  if (!parsed.success) return invalid(parsed.error, values);
  let saved;
  try {
    saved = await updateMedia(id.data.id, parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.mediaChanged(saved.filmSlugs, saved.shownAsLead));
  // A portrait's alt text is on the critics' pages and beside every byline.
  if (saved.portrait) markStale(staleAfter.criticProfile());
  return { status: 'success', message: 'Saved.', values };
}

export async function deleteMediaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const id = idFormSchema.safeParse(Object.fromEntries(formData));
  if (!id.success) return { status: 'error', message: 'Reload the page and try again.' };
  try {
    await deleteMedia(id.data.id);
  } catch (e) {
    return failed(e, {});
  }
  markStale(staleAfter.mediaChanged([]));
  return { status: 'success', message: 'Deleted.' };
}
