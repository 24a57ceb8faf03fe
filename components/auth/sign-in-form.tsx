'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { buttonClass, inputClass } from '@/components/ui/form-controls';

function messageFor(error: string): string {
  const locked = /^locked:(\d+)$/.exec(error);
  if (locked) {
    const minutes = Number(locked[1]);
    return `Too many failed sign-in attempts. Sign-in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`;
  }
  // Same words whether the account exists, is disabled or the password is wrong.
  return 'Email or password is incorrect.';
}

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    setError(null);
    startTransition(async () => {
      const result = await signIn('credentials', {
        email: String(formData.get('email') ?? ''),
        password: String(formData.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(next);
        router.refresh();
      } else {
        setError(messageFor(result?.error ?? 'invalid'));
      }
    });
  }

  return (
    <form action={submit} className="space-y-5" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={inputClass}
          aria-describedby="sign-in-error"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-describedby="sign-in-error"
        />
      </div>
      <p id="sign-in-error" role="alert" className="min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
      <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
