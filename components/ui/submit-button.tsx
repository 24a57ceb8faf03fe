'use client';

import { useFormStatus } from 'react-dom';
import { buttonClass } from './form-controls';

/** A submit button that shows the form is being sent and cannot be pressed twice. */
export function SubmitButton({ children, pendingLabel, className }: { children: React.ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className ?? buttonClass}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
