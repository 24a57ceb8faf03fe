'use client';

import { useFormStatus } from 'react-dom';
import { Button, type ButtonVariant } from './button';

/** A submit button that shows the form is being sent and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? children) : children}
    </Button>
  );
}
