'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { changePasswordAction, setPasswordAction, updateProfileAction } from '@/app/admin/profile/actions';
import { FormMessage, TextAreaField, TextField } from '@/components/ui/form-controls';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/forms';
import { routes } from '@/lib/routes';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} className="max-w-md space-y-4" key={state.status === 'success' ? 'done' : 'form'}>
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} required />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" state={state} hint="At least 10 characters." required />
      <TextField name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" state={state} required />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function ProfileForm({ profile }: { profile: { penName: string; slug: string; bio: string } | null }) {
  const [state, action] = useActionState(updateProfileAction, IDLE);
  return (
    <form action={action} className="max-w-xl space-y-4">
      <TextField name="penName" label="Pen name" state={state} defaultValue={profile?.penName} hint="Signed above your reviews." required />
      <TextField
        name="slug"
        label="Address"
        state={state}
        defaultValue={profile?.slug}
        hint="Your public page: /reviewers/your-address (lower-case letters, digits, hyphens)."
        required
      />
      <TextAreaField name="bio" label="Bio" rows={4} state={state} defaultValue={profile?.bio} />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(setPasswordAction, IDLE);
  if (state.status === 'success') {
    return (
      <p role="status" className="text-sm">
        {state.message}{' '}
        <Link className="font-semibold text-accent underline" href={routes.login()}>
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" state={state} hint="At least 10 characters." required />
      <TextField name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" state={state} required />
      <SubmitButton pendingLabel="Saving…">Set password</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
