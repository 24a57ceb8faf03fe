import type { Metadata } from 'next';
import { CriticCard } from '@/components/reviewer/critic-card';
import { listCritics } from '@/lib/dal/public/reviewers';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Critics',
  description: 'The house critics of Bobine: who they are, how much they have written, what they reviewed last.',
  alternates: { canonical: routes.reviewers() },
};

export default async function CriticsPage() {
  const critics = await listCritics();
  return (
    <div className="mx-auto max-w-5xl space-y-10">
      <header className="border-b-2 border-ink pb-6">
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">The house critics</p>
        <h1 className="mt-2 font-serif text-4xl font-black md:text-5xl">Critics</h1>
        <p className="mt-3 max-w-2xl font-serif text-lg text-ink-soft">
          Several voices on the same films. Each critic signs their reviews, gives their own mark and keeps a diary of what
          they saw.
        </p>
      </header>
      {critics.length === 0 ? (
        <p className="font-serif text-lg italic text-ink-soft">No critic has published a review yet.</p>
      ) : (
        <ul className="grid gap-x-10 gap-y-12 md:grid-cols-2">
          {critics.map((c) => (
            <li key={c.slug}>
              <CriticCard critic={c} Heading="h2" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
