'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteCompany, mergeCompanies, saveCompany } from '@/lib/dal/catalogue';
import { failed, formValues, invalid, type FormState } from '@/lib/forms';
import { companyFormSchema, idFormSchema, mergeSchema } from '@/lib/validation/catalogue';

export async function saveCompanyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = companyFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let saved;
  try {
    saved = await saveCompany(parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  revalidatePath('/admin/companies');
  if (!parsed.data.id) redirect(`/admin/companies/${saved.id}?created=1`);
  revalidatePath(`/admin/companies/${saved.id}`);
  return { status: 'success', message: 'Saved.', values: { ...values, slug: saved.slug } };
}

export async function mergeCompaniesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let merged;
  try {
    merged = await mergeCompanies(parsed.data.keepId, parsed.data.removeId);
  } catch (e) {
    return failed(e, values);
  }
  for (const slug of merged.filmSlugs) revalidatePath(`/films/${slug}`);
  revalidatePath('/admin/companies');
  redirect(`/admin/companies/${parsed.data.keepId}?merged=1`);
}

export async function deleteCompanyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = idFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: 'Reload the page and try again.' };
  try {
    await deleteCompany(parsed.data.id);
  } catch (e) {
    return failed(e, {});
  }
  revalidatePath('/admin/companies');
  redirect('/admin/companies?deleted=1');
}
