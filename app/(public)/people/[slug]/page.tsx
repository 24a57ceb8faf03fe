import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { Stars } from '@/components/ui/stars';
import { CREDIT_ROLE_FILMOGRAPHY } from '@/lib/catalogue';
import { getPersonPage, movedPersonSlug } from '@/lib/dal/public/people';
import { yearOf } from '@/lib/dates';
import { slugSchema } from '@/lib/slug';
import { routes } from '@/lib/routes';

/**
 * No page is rendered at build time; each is rendered on its first request, then served from the
 * full-route cache until a write or a scheduled publication makes it untrue (lib/cache/public-pages.ts).
 */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const person = await getPersonPage(parsed.data);
  if (person) return person;
  // Renamed or merged into another record: the old address answers with a 308.
  const moved = await movedPersonSlug(parsed.data);
  if (moved) permanentRedirect(routes.person(moved));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await load(params);
  const roles = person.roles.map((r) => CREDIT_ROLE_FILMOGRAPHY[r.role].toLowerCase());
  return { title: person.name, description: `${person.name}: filmography (${roles.join(', ')}) and Bobine’s marks.` };
}

export default async function PersonPageRoute({ params }: Props) {
  const person = await load(params);
  const filmCount = new Set(person.roles.flatMap((r) => r.films.map((f) => f.slug))).size;
  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <header>
        <p className="text-xs font-semibold uppercase tracking-[0.25em] text-accent">
          {person.roles.map((r) => CREDIT_ROLE_FILMOGRAPHY[r.role]).join(' · ')}
        </p>
        <h1 className="mt-2 font-serif text-4xl font-black md:text-5xl">{person.name}</h1>
        <p className="mt-2 text-ink-soft">
          {filmCount} {filmCount === 1 ? 'film' : 'films'} in Bobine
        </p>
        {person.bio && <p className="mt-4 max-w-2xl border-l-4 border-accent pl-4 font-serif text-lg leading-relaxed">{person.bio}</p>}
      </header>

      {person.roles.map((group) => (
        <section key={group.role} aria-labelledby={`role-${group.role}`}>
          <h2 id={`role-${group.role}`} className="border-b-2 border-ink pb-2 font-serif text-2xl font-black">
            {CREDIT_ROLE_FILMOGRAPHY[group.role]}
          </h2>
          <ul className="divide-y divide-rule">
            {group.films.map((f) => (
              <li key={f.slug} className="grid grid-cols-[4rem_1fr_auto] items-baseline gap-4 py-3">
                <span className="font-serif text-lg tabular-nums text-ink-soft">{yearOf(f.firstRelease) ?? '—'}</span>
                <span>
                  <Link className="font-serif text-lg font-bold hover:text-accent" href={routes.film(f.slug)}>
                    {f.title}
                  </Link>
                  {group.role === 'cast' && f.character && <span className="text-ink-soft"> as {f.character}</span>}
                  {group.role === 'other' && f.character && <span className="text-ink-soft"> ({f.character})</span>}
                </span>
                <span className="text-right text-sm">
                  {f.averageMark !== null ? (
                    <Stars mark={f.averageMark} size="sm" />
                  ) : (
                    <span className="text-ink-soft">Not yet reviewed</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
