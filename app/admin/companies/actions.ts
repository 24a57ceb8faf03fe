'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteCompany, mergeCompanies, saveCompany } from '@/lib/dal/desk/companies';
import { failed, formValues, invalid, type FormState } from '@/lib/forms';
import { deleteRecord, mergeRecords } from '@/app/admin/catalogue-record-actions';
import { companyFormSchema } from '@/lib/validation/catalogue';

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
  return mergeRecords(formData, mergeCompanies, '/admin/companies');
}

export async function deleteCompanyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return deleteRecord(formData, deleteCompany, '/admin/companies');
}
