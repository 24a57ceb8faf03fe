import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getViewer } from '@/lib/auth/viewer';
import { safeNextPath } from '@/lib/safe-redirect';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNextPath((await searchParams).next);
  if ((await getViewer()).kind === 'staff') redirect(next);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-paper-deep px-5">
      <div className="w-full max-w-sm">
        <Link href="/" className="block text-center font-serif text-5xl font-black tracking-tight hover:text-accent">
          Bobine
        </Link>
        <div className="mt-8 rounded-lg border border-rule bg-paper p-8 shadow-sm">
          <h1 className="font-serif text-2xl font-bold">Staff sign-in</h1>
          <p className="mt-1 text-sm text-ink-soft">For Bobine’s critics, editors and admins.</p>
          <div className="mt-6">
            <SignInForm next={next} />
          </div>
        </div>
      </div>
    </main>
  );
}
