/**
 * The one shape every server action returns to its form. `values` echoes what was typed so fields
 * can use it as their defaultValue: React 19 resets uncontrolled forms after an action, and a
 * validation error must never cost the user their input.
 */
import { forbidden, notFound } from 'next/navigation';
import type { ZodError } from 'zod';
import { FieldConflict, isDalError, NotAllowed, NotSignedIn } from '@/lib/dal/errors';

export type FormState = {
  status: 'idle' | 'error' | 'success';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** Something to show once after success (a temporary password, a link). */
  result?: Record<string, string>;
};

export const IDLE: FormState = { status: 'idle' };

/**
 * A server action is a public POST endpoint: a crafted call can put anything where the form
 * should be (`null`, `5`, a nested array). Without this, the first `formData.get` throws a
 * TypeError and the server answers 500; a request that is not a form is answered 404, like an
 * unknown action.
 */
export function assertForm(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) notFound();
}

/** The submitted text fields (files and passwords are never echoed back). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !omit.includes(key) && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

/**
 * A schema's complaints keyed by field: by top-level field ("mark"), or with `fullPath` by the
 * whole path ("releases.0.date") so that each row of a repeated group shows its own message.
 */
export function fieldErrorsOf(error: ZodError, { fullPath = false } = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = (fullPath ? issue.path.join('.') : String(issue.path[0] ?? '')) || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function invalid(error: ZodError, values: Record<string, string>): FormState {
  return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: fieldErrorsOf(error), values };
}

/**
 * A server action refused by the permission table answers 403 with the forbidden page, like the
 * page it belongs to would: only a crafted request or a role changed mid-session gets here, since
 * the interface never offers what the table refuses. Everything else a person can meet while
 * using the interface is told as a message, so that nothing they typed is lost.
 */
export function forbidIfNotAllowed(e: unknown): void {
  if (e instanceof NotAllowed) forbidden();
}

/** Maps a typed DAL failure to a form message; anything else is a bug and is rethrown. */
export function failed(e: unknown, values: Record<string, string>): FormState {
  forbidIfNotAllowed(e);
  if (e instanceof FieldConflict) {
    return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: { [e.field]: [e.message] }, values };
  }
  if (e instanceof NotSignedIn) return { status: 'error', message: 'Your session has ended. Sign in again.', values };
  if (isDalError(e)) return { status: 'error', message: e.message, values };
  throw e;
}
