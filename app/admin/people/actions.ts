'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deletePerson, mergePeople, savePerson } from '@/lib/dal/desk/people';
import { failed, formValues, invalid, type FormState } from '@/lib/forms';
import { deleteRecord, mergeRecords } from '@/app/admin/catalogue-record-actions';
import { personFormSchema } from '@/lib/validation/catalogue';

export async function savePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = personFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let saved;
  try {
    saved = await savePerson(parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  revalidatePath('/admin/people');
  revalidatePath(`/people/${saved.slug}`);
  if (!parsed.data.id) redirect(`/admin/people/${saved.id}?created=1`);
  revalidatePath(`/admin/people/${saved.id}`);
  if (saved.previousSlug) revalidatePath(`/people/${saved.previousSlug}`);
  return {
    status: 'success',
    message: saved.previousSlug ? `Saved. The old address /people/${saved.previousSlug} now redirects here.` : 'Saved.',
    values: { ...values, slug: saved.slug },
  };
}

export async function mergePeopleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return mergeRecords(formData, mergePeople, '/admin/people');
}

export async function deletePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return deleteRecord(formData, deletePerson, '/admin/people');
}
