/**
 * People (cast and crew) in the catalogue, for editors and admins: search, list, edit, merge,
 * delete. Every function checks `catalogue.manage` first; every write is one transaction with its
 * audit event.
 */
import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { credits, people, personSlugRedirects } from '@/db/schema';
import { now } from '@/lib/clock';
import { freeSlug } from '@/lib/slug';
import type { PersonInput } from '@/lib/validation/catalogue';
import { recordAudit } from '../audit-log';
import { getDb, type DB, type Tx } from '../db';
import { FieldConflict, NotFound } from '../errors';
import { authorize } from '../guard';
import { filmsOfRecord, listByName, recordToSave, searchByName } from './catalogue-list';
import { deleteUnlinked, mergeRecords } from './merge';
import { formerOwner, PERSON_SLUG_REDIRECTS, slugHeldByAnother, startsWith } from '../sql';
import type { PersonDetail, PersonOption, PersonRow } from '../types';

/** A person's slug is taken by someone's page, or by an old address that still leads to one. */
export function personSlugTaken(tx: Pick<DB, 'select'>, s: string): boolean {
  return Boolean(
    tx.select({ id: people.id }).from(people).where(eq(people.slug, s)).get() ||
      tx.select({ slug: personSlugRedirects.slug }).from(personSlugRedirects).where(eq(personSlugRedirects.slug, s)).get(),
  );
}

/** For the credit picker: names that contain the query, prefix matches first. */
export async function searchPeople(q: string, limit = 8): Promise<PersonOption[]> {
  await authorize('catalogue.manage');
  return searchByName(
    people,
    q,
    limit,
    sql<string | null>`(select f.title from credits c join films f on f.id = c.film_id where c.person_id = "people"."id" order by c.id desc limit 1)`,
    sql`case when ${startsWith(people.name, q.trim())} then 0 else 1 end`,
  );
}

export async function listPeople(filter: { q?: string; page: number }) {
  await authorize('catalogue.manage');
  const { rows, total, pageCount } = listByName(people, filter, 'creditCount', sql<number>`(select count(*) from credits c where c.person_id = "people"."id")`);
  return { people: rows as PersonRow[], total, pageCount };
}

export async function getPerson(id: number): Promise<PersonDetail> {
  await authorize('catalogue.manage');
  const db = getDb();
  const person = db.select({ id: people.id, name: people.name, slug: people.slug, bio: people.bio }).from(people).where(eq(people.id, id)).get();
  if (!person) throw new NotFound('No such person.');
  const rows = filmsOfRecord<PersonDetail['credits'][number]>(
    db,
    { owner: credits.personId, filmId: credits.filmId, role: credits.role },
    id,
    { role: credits.role, character: credits.character },
  );
  return { ...person, credits: rows };
}

export async function savePerson(input: PersonInput): Promise<{ id: number; slug: string; previousSlug: string | null }> {
  const editor = await authorize('catalogue.manage');
  const db = getDb();
  const existing = recordToSave(db, people, input.id, 'No such person.');
  if (input.slug) {
    if (slugHeldByAnother(db, people.id, people.slug, input.slug, existing?.id)) throw new FieldConflict('slug', 'Another person already uses this address.');
    const redirect = formerOwner(db, PERSON_SLUG_REDIRECTS, people.name, input.slug);
    if (redirect && redirect.ownerId !== existing?.id) {
      throw new FieldConflict('slug', `This address used to belong to ${redirect.label} and still leads there.`);
    }
  }
  return db.transaction((tx) => {
    const slug = input.slug ?? existing?.slug ?? freeSlug(input.name, 'person', (s) => personSlugTaken(tx, s));
    const fields = { name: input.name, slug, bio: input.bio || null };
    let id: number;
    if (existing) {
      id = existing.id;
      tx.update(people).set({ ...fields, updatedAt: now() }).where(eq(people.id, id)).run();
      // The old address keeps answering; taking back an old address makes it the page again.
      if (slug !== existing.slug) tx.insert(personSlugRedirects).values({ slug: existing.slug, personId: id }).onConflictDoNothing().run();
      tx.delete(personSlugRedirects).where(and(eq(personSlugRedirects.slug, slug), eq(personSlugRedirects.personId, id))).run();
    } else {
      id = tx.insert(people).values(fields).returning({ id: people.id }).get().id;
    }
    recordAudit({ actorId: editor.id, action: existing ? 'person.updated' : 'person.created', entityType: 'person', entityId: id, details: { name: input.name, slug } }, tx);
    return { id, slug, previousSlug: existing && existing.slug !== slug ? existing.slug : null };
  });
}

/**
 * Folds a duplicate into the record to keep: every credit moves over; where both held the same
 * role on the same film, one credit remains with the better (lower) billing position. The
 * duplicate is then deleted. Returns the films touched, for revalidation.
 */
export async function mergePeople(keepId: number, removeId: number): Promise<{ filmSlugs: string[] }> {
  const editor = await authorize('catalogue.manage');
  return mergeRecords(editor.id, keepId, removeId, {
    entityType: 'person',
    table: people,
    gone: 'One of these people no longer exists.',
    movedKey: 'movedCredits',
    find: (tx, id) => tx.select({ id: people.id, name: people.name, slug: people.slug, bio: people.bio }).from(people).where(eq(people.id, id)).get(),
    links: (tx, id) => tx.select().from(credits).where(eq(credits.personId, id)).all(),
    clashOf: (tx, c) =>
      tx
        .select()
        .from(credits)
        .where(and(eq(credits.filmId, c.filmId), eq(credits.personId, keepId), eq(credits.role, c.role)))
        .get(),
    collapse: (tx, c, clash) => {
      const better = c.position < clash.position ? c : clash;
      const other = better === c ? clash : c;
      tx.update(credits)
        .set({ position: better.position, character: better.character ?? other.character })
        .where(eq(credits.id, clash.id))
        .run();
      tx.delete(credits).where(eq(credits.id, c.id)).run();
    },
    move: (tx, c) => tx.update(credits).set({ personId: keepId }).where(eq(credits.id, c.id)).run(),
    takeOver: (tx, keep, remove) => {
      if (!keep.bio && remove.bio) tx.update(people).set({ bio: remove.bio, updatedAt: now() }).where(eq(people.id, keepId)).run();
      // Links to the duplicate's page (and its own old addresses) lead to the kept record from now on.
      tx.update(personSlugRedirects).set({ personId: keepId }).where(eq(personSlugRedirects.personId, removeId)).run();
      tx.insert(personSlugRedirects).values({ slug: remove.slug, personId: keepId }).onConflictDoNothing().run();
    },
  });
}

export async function deletePerson(id: number): Promise<void> {
  const editor = await authorize('catalogue.manage');
  const creditCount = (tx: Tx, personId: number) => tx.select({ n: count() }).from(credits).where(eq(credits.personId, personId)).get()?.n ?? 0;
  deleteUnlinked(editor.id, { entityType: 'person', table: people, gone: 'No such person.' }, id, creditCount, (name, n) =>
    `${name} is credited on ${n === 1 ? 'a film' : `${n} films`}: remove those credits or merge this person into another first.`,
  );
}
