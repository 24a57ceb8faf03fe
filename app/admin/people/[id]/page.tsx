import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DeleteForm, MergeForm, PersonForm } from '@/components/admin/catalogue-forms';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { guarded } from '@/lib/auth/page-guard';
import { CREDIT_ROLE_FILMOGRAPHY } from '@/lib/catalogue';
import { getPerson } from '@/lib/dal/catalogue';

export const metadata: Metadata = { title: 'Person' };

export default async function PersonAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = z.coerce.number().int().positive().max(2 ** 31).safeParse((await params).id);
  if (!id.success) notFound();
  const flags = await searchParams;
  const person = await guarded(() => getPerson(id.data), `/admin/people/${id.data}`);
  const filmCount = new Set(person.credits.map((c) => c.filmId)).size;
  return (
    <>
      <PageHeader title={person.name} description={`/people/${person.slug}`}>
        <Link href="/admin/people" className="text-sm font-medium text-ink-soft underline underline-offset-4 hover:text-accent">
          All people
        </Link>
      </PageHeader>
      {(flags.created === '1' || flags.merged === '1') && (
        <p role="status" className="mb-6 max-w-5xl rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900">
          {flags.created === '1' ? 'Person created.' : 'Merged: the duplicate’s credits are now on this record.'}
        </p>
      )}
      <div className="grid max-w-5xl gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Panel title="Person">
            <PersonForm key={`${person.slug}-${person.name}`} person={person} />
          </Panel>
          <Panel title="Credits">
            {person.credits.length === 0 ? (
              <p className="text-sm italic text-ink-soft">No credits.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {person.credits.map((c) => (
                  <li key={`${c.filmId}-${c.role}`} className="flex justify-between gap-4 py-2">
                    <Link className="font-medium underline decoration-stone-300 underline-offset-4 hover:text-accent" href={`/admin/films/${c.filmId}`}>
                      {c.filmTitle}
                    </Link>
                    <span className="text-ink-soft">
                      {CREDIT_ROLE_FILMOGRAPHY[c.role]}
                      {c.character ? ` · ${c.character}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
        <div className="space-y-6">
          <Panel title="Merge a duplicate">
            <MergeForm kind="person" current={{ id: person.id, name: person.name }} />
          </Panel>
          <Panel title="Delete">
            <DeleteForm
              kind="person"
              id={person.id}
              name={person.name}
              blocked={filmCount > 0 ? `Credited on ${filmCount === 1 ? 'a film' : `${filmCount} films`}: remove those credits or merge first.` : null}
            />
          </Panel>
        </div>
      </div>
    </>
  );
}
