'use server';

import { redirect } from 'next/navigation';
import { deleteCompany, mergeCompanies, saveCompany } from '@/lib/dal/desk/companies';
import { failed, formValues, invalid, type FormState, assertForm } from '@/lib/forms';
import { deleteRecord, mergeRecords } from '@/app/admin/catalogue-record-actions';
import { routes } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';
import { companyFormSchema } from '@/lib/validation/catalogue';

export async function saveCompanyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = companyFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let saved;
  try {
    saved = await saveCompany(parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.companySaved(saved));
  if (!parsed.data.id) redirect(`${routes.admin.company(saved.id)}?created=1`);
  return { status: 'success', message: 'Saved.', values: { ...values, slug: saved.slug } };
}

export async function mergeCompaniesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  return mergeRecords(formData, mergeCompanies, 'company');
}

export async function deleteCompanyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  return deleteRecord(formData, deleteCompany, 'company');
}
