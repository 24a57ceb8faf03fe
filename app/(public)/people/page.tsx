import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { listPeople } from '@/lib/dal/public/people';
import { routes } from '@/lib/routes';
import { slugSchema } from '@/lib/slug';

export const metadata: Metadata = {
  title: 'People',
  description: 'Everyone credited on a film in Bobine: directors, writers, cast and crew.',
  alternates: { canonical: routes.people() },
};

const paramsSchema = z.object({ after: slugSchema.optional().catch(undefined) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeopleIndexPage({ searchParams }: Props) {
  const { after } = paramsSchema.parse(await searchParams);
  const { people, next } = await listPeople(after);
  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <header className="border-b-2 border-ink pb-6">
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">Cast and crew</p>
        <h1 className="mt-2 font-serif text-4xl font-black md:text-5xl">People</h1>
        <form method="get" action={routes.search()} role="search" aria-label="Search people" className="mt-5 flex max-w-md">
          <input type="hidden" name="kind" value="people" />
          <label htmlFor="people-search" className="sr-only">
            Search people
          </label>
          <input
            id="people-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder="A director, an actor…"
            className="w-full rounded-l-md border border-r-0 border-stone-300 bg-surface px-3 py-2 text-ink placeholder:text-stone-500 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
          />
          <button type="submit" className="rounded-r-md border border-ink bg-ink px-4 py-2 font-semibold text-paper hover:border-accent hover:bg-accent">
            Search
          </button>
        </form>
      </header>
      {people.length === 0 ? (
        <p className="font-serif text-lg italic text-ink-soft">Nobody here yet.</p>
      ) : (
        <ul className="columns-1 gap-8 sm:columns-2 lg:columns-3">
          {people.map((p) => (
            <li key={p.slug} className="break-inside-avoid py-1">
              <Link className="font-serif text-lg hover:text-accent" href={routes.person(p.slug)}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages of people" className="flex justify-between border-t border-rule pt-4 text-sm font-semibold">
        {after ? <Link href={routes.people()}>← From the start</Link> : <span />}
        {next && <Link href={routes.people(next)}>Next people →</Link>}
      </nav>
    </div>
  );
}
