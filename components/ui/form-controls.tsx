/** Form primitives shared by the staff screens. Server-safe: no hooks here. */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { FormState } from '@/lib/forms';

export const inputClass =
  'mt-1 block w-full rounded-md border border-stone-300 bg-surface px-3 py-2 text-ink shadow-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700">
      {errors?.join(' ')}
    </p>
  );
}

type Common = { name: string; label: string; state?: FormState; hint?: ReactNode };

/** What a control needs to be tied to its label, hint and error line. */
export type FieldA11y = { id: string; 'aria-invalid'?: true; 'aria-describedby': string };

/**
 * Label, optional hint and the error line around one control; the control, drawn by `children`,
 * gets the ids it needs. The hint reads before the control unless `hintAfter` (a note on what was
 * typed rather than an instruction).
 */
export function Field({
  id,
  label,
  hint,
  hintAfter = false,
  errors,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  hintAfter?: boolean;
  errors?: string[];
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const hintLine = hint && (
    <p id={`${id}-hint`} className={hintAfter ? 'mt-1 text-xs text-ink-soft' : 'text-xs text-ink-soft'}>
      {hint}
    </p>
  );
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {!hintAfter && hintLine}
      {children({ id, 'aria-invalid': errors ? true : undefined, 'aria-describedby': describedBy })}
      {hintAfter && hintLine}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextField({ name, label, state, hint, defaultValue, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={name} label={label} hint={hint} errors={state?.fieldErrors?.[name]}>
      {(a11y) => (
        <input
          {...a11y}
          name={name}
          className={inputClass}
          defaultValue={rest.type === 'password' ? undefined : (state?.values?.[name] ?? defaultValue)}
          {...rest}
        />
      )}
    </Field>
  );
}

export function TextAreaField({ name, label, state, hint, defaultValue, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={name} label={label} hint={hint} errors={state?.fieldErrors?.[name]}>
      {(a11y) => <textarea {...a11y} name={name} className={inputClass} defaultValue={state?.values?.[name] ?? defaultValue} {...rest} />}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  defaultValue,
  options,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Field id={name} label={label} hint={hint} errors={state?.fieldErrors?.[name]}>
      {(a11y) => (
        <select {...a11y} name={name} className={inputClass} defaultValue={state?.values?.[name] ?? defaultValue} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={state.status === 'error' ? 'text-sm font-medium text-red-700' : 'text-sm font-medium text-emerald-800'}
    >
      {state.message}
    </p>
  );
}

// Kept here too so that forms importing their controls from one place need not change.
export { buttonClass, secondaryButtonClass } from './button';
