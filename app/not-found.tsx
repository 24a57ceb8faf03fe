import Link from 'next/link';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-xl px-5 py-20 text-center">
        <p className="text-xs font-semibold uppercase tracking-[0.3em] text-accent">Error 404</p>
        <h1 className="mt-3 font-serif text-4xl font-black">Page not found</h1>
        <p className="mt-4 text-ink-soft">There is nothing at this address. It may have moved, or never existed.</p>
        <p className="mt-8">
          <Link className="font-semibold text-accent underline underline-offset-4" href="/">
            Back to the latest reviews
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
