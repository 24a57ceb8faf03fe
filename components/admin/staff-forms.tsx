'use client';

import { useActionState, useState } from 'react';
import { changeRoleAction, createStaffAction, resetPasswordAction, setDisabledAction } from '@/app/admin/staff/actions';
import { FormMessage, SelectField, TextField } from '@/components/ui/form-controls';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/forms';
import { ROLE_LABELS, STAFF_ROLES } from '@/lib/workflow-states';

const ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** Shows the temporary password or one-time link to hand over, once. */
function Handover({ state, origin }: { state: FormState; origin: string }) {
  if (state.status !== 'success' || !state.result) return null;
  const { temporaryPassword, link } = state.result;
  return (
    <div className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm">
      {temporaryPassword && (
        <p>
          Temporary password to hand over: <code className="rounded bg-surface px-2 py-0.5 font-mono">{temporaryPassword}</code>
        </p>
      )}
      {link && (
        <p>
          One-time set-password link (valid 72 hours):{' '}
          <code className="break-all rounded bg-surface px-2 py-0.5 font-mono" data-testid="password-link">
            {origin}
            {link}
          </code>
        </p>
      )}
      <p className="mt-1 text-emerald-900">It is shown only now. There is no mail server: hand it over yourself.</p>
    </div>
  );
}

function PasswordModeFields({ state }: { state: FormState }) {
  const [mode, setMode] = useState(state.values?.passwordMode ?? 'link');
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Password</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name="passwordMode" value="link" checked={mode === 'link'} onChange={() => setMode('link')} />
        Create a one-time set-password link
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name="passwordMode" value="temporary" checked={mode === 'temporary'} onChange={() => setMode('temporary')} />
        Set a temporary password
      </label>
      {mode === 'temporary' && (
        <TextField name="temporaryPassword" label="Temporary password" type="text" autoComplete="off" state={state} hint="At least 10 characters." />
      )}
    </fieldset>
  );
}

export function CreateStaffForm({ origin }: { origin: string }) {
  const [state, action] = useActionState(createStaffAction, IDLE);
  return (
    <form action={action} className="space-y-4" key={state.status === 'success' ? state.result?.userId : 'form'}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" state={state} required autoComplete="off" />
        <TextField name="email" label="Email" type="email" state={state} required autoComplete="off" />
        <SelectField name="role" label="Role" state={state} options={ROLE_OPTIONS} defaultValue="reviewer" />
        <TextField name="penName" label="Pen name" state={state} hint="Shown above their reviews. Defaults to the first name for reviewers." />
      </div>
      <PasswordModeFields state={state} />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
        <FormMessage state={state} />
      </div>
      <Handover state={state} origin={origin} />
    </form>
  );
}

export function RoleForm({ userId, role }: { userId: number; role: string }) {
  const [state, action] = useActionState(changeRoleAction, IDLE);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="w-48">
        <SelectField name="role" label="Role" state={state} options={ROLE_OPTIONS} defaultValue={role} />
      </div>
      <div className="pb-6">
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Change role
        </SubmitButton>
      </div>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function DisableForm({ userId, disabled }: { userId: number; disabled: boolean }) {
  const [state, action] = useActionState(setDisabledAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <SubmitButton variant="secondary">{disabled ? 'Enable account' : 'Disable account'}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ResetPasswordForm({ userId, origin }: { userId: number; origin: string }) {
  const [state, action] = useActionState(resetPasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <PasswordModeFields state={state} />
      <div className="flex items-center gap-4">
        <SubmitButton variant="secondary" pendingLabel="Resetting…">
          Reset password
        </SubmitButton>
        <FormMessage state={state} />
      </div>
      <Handover state={state} origin={origin} />
    </form>
  );
}

