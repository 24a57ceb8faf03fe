import Link from 'next/link';

export default function ReviewerNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.3em] text-accent">Error 404</p>
      <h1 className="mt-3 font-serif text-4xl font-black">No critic writes under this name</h1>
      <p className="mt-4 text-ink-soft">The address may be mistyped. Our critics are listed on the home page.</p>
      <p className="mt-8">
        <Link className="font-semibold text-accent underline underline-offset-4" href="/#critics">
          Meet our critics
        </Link>
      </p>
    </div>
  );
}
