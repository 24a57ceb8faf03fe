'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { routes } from '@/lib/routes';

export function SignOutButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      // redirect: false so that next-auth never builds the address from a configured origin.
      onClick={() =>
        start(async () => {
          await signOut({ redirect: false });
          router.replace(routes.login());
          router.refresh();
        })
      }
      className="rounded-md px-3 py-1.5 text-sm font-medium text-white/80 hover:bg-white/10 hover:text-white"
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
