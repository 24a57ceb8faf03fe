import type { Metadata } from 'next';
import Link from 'next/link';
import { SetPasswordForm } from '@/components/admin/profile-forms';
import { getPasswordLink } from '@/lib/dal/desk/staff';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Set your password', robots: { index: false }, referrer: 'no-referrer' };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = /^[A-Za-z0-9_-]{20,200}$/.test(token) ? await getPasswordLink(token) : null;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-paper-deep px-5">
      <div className="w-full max-w-sm rounded-lg border border-rule bg-paper p-8 shadow-sm">
        <h1 className="font-serif text-2xl font-bold">Set your password</h1>
        {link ? (
          <>
            <p className="mb-6 mt-1 text-sm text-ink-soft">For {link.email}</p>
            <SetPasswordForm token={token} />
          </>
        ) : (
          <p className="mt-4 text-sm">
            This link has expired or was already used. Ask an admin for a new one, or{' '}
            <Link className="font-semibold text-accent underline" href={routes.login()}>
              sign in
            </Link>
            .
          </p>
        )}
      </div>
    </main>
  );
}
