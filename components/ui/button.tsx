/** The staff screens' buttons. Server-safe: no hooks, so server forms and client islands share it. */
import type { ButtonHTMLAttributes } from 'react';

const BASE = 'inline-flex items-center justify-center rounded-md';
const TEXT = 'gap-2 text-sm disabled:opacity-60';

const VARIANTS = {
  /** The one action a form or page is for (Save, Create, New …). */
  primary: `${TEXT} bg-ink px-4 py-2 font-semibold text-paper shadow-sm hover:bg-accent`,
  /** The primary action heading a side panel, as wide as the panel. */
  block: `${TEXT} w-full bg-ink px-4 py-2.5 font-semibold text-paper shadow-sm hover:bg-accent`,
  /** Everything else: Filter, Search, Reset password, + Add release. */
  secondary: `${TEXT} border border-stone-300 bg-surface px-3 py-1.5 font-medium text-ink hover:border-accent hover:text-accent`,
  /** Deleting a record. */
  danger: `${TEXT} border border-red-300 bg-surface px-3 py-1.5 font-medium text-red-700 hover:bg-red-50`,
  /** A square glyph button (↑ ↓ ×) in a row of controls; it needs an aria-label. */
  icon: 'h-8 w-8 border border-stone-200 bg-surface text-ink-soft hover:border-accent hover:text-accent disabled:cursor-not-allowed disabled:opacity-30',
  /** The same, for removing something. */
  'icon-danger':
    'h-8 w-8 border border-stone-200 bg-surface text-ink-soft hover:border-red-600 hover:text-red-700 disabled:cursor-not-allowed disabled:opacity-30',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The classes of a button of `variant`, for a `<Link>` that must look like one. */
export function buttonVariants(variant: ButtonVariant = 'primary', className?: string): string {
  return [BASE, VARIANTS[variant], className].filter(Boolean).join(' ');
}

/** A `<button>`, `type="button"` unless told otherwise so that it never submits a form by accident. */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonVariants(variant, className)} {...props} />;
}

export const buttonClass = buttonVariants('primary');
export const secondaryButtonClass = buttonVariants('secondary');
