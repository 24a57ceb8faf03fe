import Link from 'next/link';
import { routes } from '@/lib/routes';

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-5 py-20 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.3em] text-accent">Error 403</p>
      <h1 className="mt-3 font-serif text-4xl font-black">You can’t open this page</h1>
      <p className="mt-4 text-ink-soft">Your account does not have the permission this page needs. Ask an admin if you think it should.</p>
      <p className="mt-8">
        <Link className="font-semibold text-accent underline underline-offset-4" href={routes.admin.home()}>
          Back to your dashboard
        </Link>
      </p>
    </main>
  );
}
