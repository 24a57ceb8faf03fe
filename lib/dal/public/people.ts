/** Public reads about people (cast and crew): the filmography by role, with each film's public average. */
import 'server-only';
import { cache } from 'react';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { credits, films, people, personSlugRedirects, reviewRevisions, reviews } from '@/db/schema';
import { CREDIT_ROLES } from '@/lib/catalogue';
import { dynamicRead, type DB } from '../db';
import { col, firstReleaseSql } from '../sql';
import { publicReviewWhere } from '../visibility';
import type { PersonPage } from '../types';

export function personCreditsQuery(db: DB, personId: number) {
  const marks = sql`from ${reviews} inner join ${reviewRevisions} on ${col(reviewRevisions.id)} = ${col(reviews.liveRevisionId)} where ${col(reviews.filmId)} = ${col(films.id)} and ${publicReviewWhere()}`;
  return db
    .select({
      role: credits.role,
      character: credits.character,
      slug: films.slug,
      title: films.title,
      firstRelease: firstReleaseSql.as('first_release'),
      averageMark: sql<number | null>`(select avg(${col(reviewRevisions.mark)}) ${marks})`.as('average'),
      markCount: sql<number>`(select count(${col(reviewRevisions.mark)}) ${marks})`.as('mark_count'),
    })
    .from(credits)
    .innerJoin(films, eq(films.id, credits.filmId))
    .where(eq(credits.personId, personId))
    .orderBy(desc(sql`first_release`), asc(films.title));
}

/** A person's page, or null for an unknown slug. */
export const getPersonPage = cache(async (slug: string): Promise<PersonPage | null> => {
  const db = await dynamicRead();
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
  const db = await dynamicRead();
  const row = await db
    .select({ slug: people.slug })
    .from(personSlugRedirects)
    .innerJoin(people, eq(people.id, personSlugRedirects.personId))
    .where(eq(personSlugRedirects.slug, slug))
    .get();
  return row?.slug ?? null;
}
