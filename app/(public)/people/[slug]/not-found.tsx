import Link from 'next/link';
import { routes } from '@/lib/routes';

export default function PersonNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.3em] text-accent">Error 404</p>
      <h1 className="mt-3 font-serif text-4xl font-black">We have no page for this person</h1>
      <p className="mt-4 text-ink-soft">The address may be mistyped. Try searching for the name.</p>
      <p className="mt-8">
        <Link className="font-semibold text-accent underline underline-offset-4" href={routes.search()}>
          Search Bobine
        </Link>
      </p>
    </div>
  );
}
