/** Public reads about people (cast and crew): the filmography by role, with each film's public average. */
import 'server-only';
import { cache } from 'react';
import { asc, desc, eq, gt } from 'drizzle-orm';
import { credits, films, filmStats, people } from '@/db/schema';
import { CREDIT_ROLES } from '@/lib/catalogue';
import { publicRead, type DB } from '../db';
import { currentSlugBehind, PERSON_SLUG_REDIRECTS } from '../sql';
import type { PersonIndexEntry, PersonPage } from '../types';

export function personCreditsQuery(db: DB, personId: number) {
  return db
    .select({
      role: credits.role,
      character: credits.character,
      slug: films.slug,
      title: films.title,
      firstRelease: filmStats.firstRelease,
      averageMark: filmStats.averageMark,
      markCount: filmStats.markCount,
    })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .innerJoin(filmStats, eq(filmStats.filmId, credits.filmId))
    .where(eq(credits.personId, personId))
    .orderBy(desc(filmStats.firstRelease), asc(films.title));
}

/** A person's page, or null for an unknown slug. */
export const getPersonPage = cache(async (slug: string): Promise<PersonPage | null> => {
  const db = await publicRead();
  const person = await db.query.people.findFirst({ where: eq(people.slug, slug) });
  if (!person) return null;
  const rows = await personCreditsQuery(db, person.id);
  return {
    slug: person.slug,
    name: person.name,
    bio: person.bio,
    roles: CREDIT_ROLES.map((role) => ({
      role,
      films: rows.filter((r) => r.role === role).map(({ role: _role, ...film }) => film),
    })).filter((g) => g.films.length > 0),
  };
});

/** Where an old address of a renamed or merged-away person leads now (their current slug), or null. */
export async function movedPersonSlug(slug: string): Promise<string | null> {
  return currentSlugBehind(await publicRead(), PERSON_SLUG_REDIRECTS, slug);
}

export const PEOPLE_PER_PAGE = 120;

/**
 * One page of the /people index in address order (slugs are the names, lower-cased), after the
 * slug `after`: keyset paging on the unique slug index, as cheap on page 2,000 as on page 1.
 */
export async function listPeople(after?: string): Promise<{ people: PersonIndexEntry[]; next: string | null }> {
  const db = await publicRead();
  const rows = await db
    .select({ slug: people.slug, name: people.name })
    .from(people)
    .where(after ? gt(people.slug, after) : undefined)
    .orderBy(asc(people.slug))
    .limit(PEOPLE_PER_PAGE + 1);
  const page = rows.slice(0, PEOPLE_PER_PAGE);
  return { people: page, next: rows.length > PEOPLE_PER_PAGE ? (page.at(-1)?.slug ?? null) : null };
}
