'use server';

import { redirect } from 'next/navigation';
import { failed, formValues, invalid, type FormState, assertForm } from '@/lib/forms';
import { changeRole, createStaff, resetPassword, setDisabled } from '@/lib/dal/desk/staff';
import { setPortrait } from '@/lib/dal/desk/portraits';
import type { Handover } from '@/lib/dal/types';
import { routes } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';
import { changeRoleSchema, createStaffSchema, resetPasswordSchema, setDisabledSchema } from '@/lib/validation/staff';
import { portraitSchema } from '@/lib/validation/stills';
import { recordIdSchema } from '@/lib/validation/record-id';

function handoverResult(h: Handover): Record<string, string> {
  return h.kind === 'temporary' ? { temporaryPassword: h.password } : { link: h.path, expiresAt: h.expiresAt.toISOString() };
}

export async function createStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = createStaffSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  let created;
  try {
    created = await createStaff(parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.staffChanged());
  return {
    status: 'success',
    message: `Account created for ${parsed.data.email}.`,
    result: { ...handoverResult(created.handover), userId: String(created.userId) },
  };
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await changeRole(parsed.data.userId, parsed.data.role);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.staffChanged());
  return { status: 'success', message: 'Role updated.', values };
}

export async function setDisabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = setDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await setDisabled(parsed.data.userId, parsed.data.disabled);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.staffChanged());
  redirect(routes.admin.staffMember(parsed.data.userId));
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const handover = await resetPassword(parsed.data.userId, parsed.data.passwordMode, parsed.data.temporaryPassword);
    return { status: 'success', message: 'Password reset. Open sessions of this account have been ended.', result: handoverResult(handover) };
  } catch (e) {
    return failed(e, values);
  }
}

/** An admin sets (or removes, with an empty id) the portrait on a critic's public profile. */
export async function setStaffPortraitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const userId = recordIdSchema.safeParse(formData.get('userId'));
  const raw = formData.get('mediaId');
  const parsed = portraitSchema.safeParse({ mediaId: raw === '' || raw === null ? null : raw });
  if (!userId.success || !parsed.success) return { status: 'error', message: 'Reload the page and try again.' };
  let saved;
  try {
    saved = await setPortrait(userId.data, parsed.data.mediaId);
  } catch (e) {
    return failed(e, {});
  }
  markStale(staleAfter.criticPortrait(saved.slug));
  return { status: 'success', message: parsed.data.mediaId === null ? 'Portrait removed.' : 'Portrait saved.' };
}
