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

export function TextField({ name, label, state, hint, defaultValue, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const errors = state?.fieldErrors?.[name];
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
      <input
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        defaultValue={rest.type === 'password' ? undefined : (state?.values?.[name] ?? defaultValue)}
        {...rest}
      />
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

export function TextAreaField({ name, label, state, hint, defaultValue, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const errors = state?.fieldErrors?.[name];
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
      <textarea
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        defaultValue={state?.values?.[name] ?? defaultValue}
        {...rest}
      />
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
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
  const errors = state?.fieldErrors?.[name];
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={name}
        name={name}
        className={inputClass}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        defaultValue={state?.values?.[name] ?? defaultValue}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
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
