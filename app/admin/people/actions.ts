'use server';

import { redirect } from 'next/navigation';
import { deletePerson, mergePeople, savePerson } from '@/lib/dal/desk/people';
import { failed, formValues, invalid, type FormState, assertForm } from '@/lib/forms';
import { deleteRecord, mergeRecords } from '@/app/admin/catalogue-record-actions';
import { routes } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';
import { personFormSchema } from '@/lib/validation/catalogue';

export async function savePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = personFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let saved;
  try {
    saved = await savePerson(parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.personSaved(saved));
  if (!parsed.data.id) redirect(`${routes.admin.person(saved.id)}?created=1`);
  return {
    status: 'success',
    message: saved.previousSlug ? `Saved. The old address ${routes.person(saved.previousSlug)} now redirects here.` : 'Saved.',
    values: { ...values, slug: saved.slug },
  };
}

export async function mergePeopleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  return mergeRecords(formData, mergePeople, 'person');
}

export async function deletePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  return deleteRecord(formData, deletePerson, 'person');
}
