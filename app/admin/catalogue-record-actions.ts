/**
 * The bodies of the merge and delete actions people and companies share (each `actions.ts` keeps
 * its own exported server actions, which Next.js needs, and passes its DAL call and record kind).
 */
import 'server-only';
import { redirect } from 'next/navigation';
import { failed, formValues, invalid, type FormState, assertForm } from '@/lib/forms';
import { catalogueRecordList, catalogueRecordPage, type CatalogueRecordKind } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';
import { idFormSchema, mergeSchema } from '@/lib/validation/catalogue';

export async function mergeRecords(
  formData: FormData,
  merge: (keepId: number, removeId: number) => Promise<{ filmSlugs: string[] }>,
  kind: CatalogueRecordKind,
): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let merged;
  try {
    merged = await merge(parsed.data.keepId, parsed.data.removeId);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.recordsMerged(kind, merged.filmSlugs));
  redirect(`${catalogueRecordPage[kind](parsed.data.keepId)}?merged=1`);
}

export async function deleteRecord(formData: FormData, remove: (id: number) => Promise<void>, kind: CatalogueRecordKind): Promise<FormState> {
  assertForm(formData);
  const parsed = idFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: 'Reload the page and try again.' };
  try {
    await remove(parsed.data.id);
  } catch (e) {
    return failed(e, {});
  }
  markStale(staleAfter.recordDeleted(kind));
  redirect(`${catalogueRecordList[kind]()}?deleted=1`);
}
