/** Form primitives shared by the staff screens. Server-safe: no hooks here. */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { FormState } from '@/lib/forms';

export const inputClass =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-ink shadow-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700">
      {errors?.join(' ')}
    </p>
  );
}

type Common = { name: string; label: string; state?: FormState; hint?: ReactNode };

function describedBy(name: string, hint?: ReactNode) {
  return [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(' ');
}

/** Label, optional hint and the error line around one control; the control gets the ids it needs. */
function FieldFrame({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (a11y: { id: string; 'aria-invalid'?: true; 'aria-describedby': string }) => ReactNode;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-ink-soft">
          {hint}
        </p>
      )}
      {children({ id: name, 'aria-invalid': errors ? true : undefined, 'aria-describedby': describedBy(name, hint) })}
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function TextField({ name, label, state, hint, defaultValue, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame name={name} label={label} hint={hint} errors={state?.fieldErrors?.[name]}>
      {(a11y) => (
        <input
          {...a11y}
          name={name}
          className={inputClass}
          defaultValue={rest.type === 'password' ? undefined : (state?.values?.[name] ?? defaultValue)}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ name, label, state, hint, defaultValue, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame name={name} label={label} hint={hint} errors={state?.fieldErrors?.[name]}>
      {(a11y) => <textarea {...a11y} name={name} className={inputClass} defaultValue={state?.values?.[name] ?? defaultValue} {...rest} />}
    </FieldFrame>
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
    <FieldFrame name={name} label={label} hint={hint} errors={state?.fieldErrors?.[name]}>
      {(a11y) => (
        <select {...a11y} name={name} className={inputClass} defaultValue={state?.values?.[name] ?? defaultValue} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
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

export const buttonClass =
  'inline-flex items-center justify-center gap-2 rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper shadow-sm hover:bg-accent disabled:opacity-60';
export const secondaryButtonClass =
  'inline-flex items-center justify-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent disabled:opacity-60';
