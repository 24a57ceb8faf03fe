'use server';

import { failed, formValues, invalid, type FormState, assertForm } from '@/lib/forms';
import { changeOwnPassword, setPasswordWithLink, updateOwnProfile } from '@/lib/dal/desk/staff';
import { setOwnPortrait } from '@/lib/dal/desk/portraits';
import { markStale, staleAfter } from '@/lib/stale';
import { changePasswordSchema, profileSchema, setPasswordSchema } from '@/lib/validation/staff';
import { portraitSchema } from '@/lib/validation/stills';

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await changeOwnPassword(parsed.data.currentPassword, parsed.data.newPassword);
  } catch (e) {
    return failed(e, {});
  }
  return { status: 'success', message: 'Password changed. Every session of this account has ended, this one too: sign in again with the new password.' };
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const values = formValues(formData);
  const parsed = profileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await updateOwnProfile(parsed.data);
  } catch (e) {
    return failed(e, values);
  }
  markStale(staleAfter.criticProfile());
  return { status: 'success', message: 'Profile saved.', values };
}

export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const parsed = setPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, {});
  const ok = await setPasswordWithLink(parsed.data.token, parsed.data.newPassword);
  return ok
    ? { status: 'success', message: 'Your password is set. You can sign in now.' }
    : { status: 'error', message: 'This link has expired or was already used. Ask an admin for a new one.' };
}

/** Sets the portrait on one's own public profile (a library image's id), or removes it (empty). */
export async function setPortraitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  assertForm(formData);
  const raw = formData.get('mediaId');
  const parsed = portraitSchema.safeParse({ mediaId: raw === '' || raw === null ? null : raw });
  if (!parsed.success) return { status: 'error', message: 'Reload the page and try again.' };
  let saved;
  try {
    saved = await setOwnPortrait(parsed.data.mediaId);
  } catch (e) {
    return failed(e, {});
  }
  markStale(staleAfter.criticPortrait(saved.slug));
  return { status: 'success', message: parsed.data.mediaId === null ? 'Portrait removed.' : 'Portrait saved.' };
}
