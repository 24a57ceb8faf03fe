/**
 * Production and distribution companies in the catalogue, for editors and admins: search, list,
 * edit, merge, delete. Every function checks `catalogue.manage` first; every write is one
 * transaction with its audit event.
 */
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { companies, filmCompanies } from '@/db/schema';
import { freeSlug } from '@/lib/slug';
import type { CompanyInput } from '@/lib/validation/catalogue';
import { recordAudit } from '../audit-log';
import { getDb, type Tx } from '../db';
import { FieldConflict, NotFound } from '../errors';
import { authorize } from '../guard';
import { slugHeldByAnother } from '../sql';
import { filmsOfRecord, listByName, recordToSave, searchByName } from './catalogue-list';
import { deleteUnlinked, mergeRecords } from './merge';
import type { CompanyDetail, CompanyOption, CompanyRow } from '../types';

export async function searchCompanies(q: string, limit = 8): Promise<CompanyOption[]> {
  await authorize('catalogue.manage');
  return searchByName(
    companies,
    q,
    limit,
    sql<string | null>`(select f.title from film_companies fc join films f on f.id = fc.film_id where fc.company_id = "companies"."id" limit 1)`,
  );
}

export async function listCompanies(filter: { q?: string; page: number }) {
  await authorize('catalogue.manage');
  const { rows, total, pageCount } = listByName(
    companies,
    filter,
    'filmCount',
    sql<number>`(select count(distinct fc.film_id) from film_companies fc where fc.company_id = "companies"."id")`,
  );
  return { companies: rows as CompanyRow[], total, pageCount };
}

export async function getCompany(id: number): Promise<CompanyDetail> {
  await authorize('catalogue.manage');
  const db = getDb();
  const company = db.select({ id: companies.id, name: companies.name, slug: companies.slug }).from(companies).where(eq(companies.id, id)).get();
  if (!company) throw new NotFound('No such company.');
  const rows = filmsOfRecord<CompanyDetail['films'][number]>(
    db,
    { owner: filmCompanies.companyId, filmId: filmCompanies.filmId, role: filmCompanies.role },
    id,
    { role: filmCompanies.role },
  );
  return { ...company, films: rows };
}

export async function saveCompany(input: CompanyInput): Promise<{ id: number; slug: string }> {
  const editor = await authorize('catalogue.manage');
  const db = getDb();
  const existing = recordToSave(db, companies, input.id, 'No such company.');
  if (input.slug) {
    if (slugHeldByAnother(db, companies.id, companies.slug, input.slug, existing?.id)) throw new FieldConflict('slug', 'Another company already uses this address.');
  }
  return db.transaction((tx) => {
    const slug =
      input.slug ??
      existing?.slug ??
      freeSlug(input.name, 'company', (s) => Boolean(tx.select({ id: companies.id }).from(companies).where(eq(companies.slug, s)).get()));
    let id: number;
    if (existing) {
      id = existing.id;
      tx.update(companies).set({ name: input.name, slug }).where(eq(companies.id, id)).run();
    } else {
      id = tx.insert(companies).values({ name: input.name, slug }).returning({ id: companies.id }).get().id;
    }
    recordAudit({ actorId: editor.id, action: existing ? 'company.updated' : 'company.created', entityType: 'company', entityId: id, details: { name: input.name, slug } }, tx);
    return { id, slug };
  });
}

export async function mergeCompanies(keepId: number, removeId: number): Promise<{ filmSlugs: string[] }> {
  const editor = await authorize('catalogue.manage');
  // A company link has no id of its own: film, company and role are its key.
  const linkOf = (c: { filmId: number; role: typeof filmCompanies.$inferSelect.role }, companyId: number) =>
    and(eq(filmCompanies.filmId, c.filmId), eq(filmCompanies.companyId, companyId), eq(filmCompanies.role, c.role));
  return mergeRecords(editor.id, keepId, removeId, {
    entityType: 'company',
    table: companies,
    gone: 'One of these companies no longer exists.',
    movedKey: 'moved',
    find: (tx, id) => tx.select({ id: companies.id, name: companies.name, slug: companies.slug }).from(companies).where(eq(companies.id, id)).get(),
    links: (tx, id) => tx.select().from(filmCompanies).where(eq(filmCompanies.companyId, id)).all(),
    clashOf: (tx, c) => tx.select().from(filmCompanies).where(linkOf(c, keepId)).get(),
    collapse: (tx, c, clash) => {
      if (c.position < clash.position) tx.update(filmCompanies).set({ position: c.position }).where(linkOf(c, keepId)).run();
      tx.delete(filmCompanies).where(linkOf(c, removeId)).run();
    },
    move: (tx, c) => tx.update(filmCompanies).set({ companyId: keepId }).where(linkOf(c, removeId)).run(),
  });
}

export async function deleteCompany(id: number): Promise<void> {
  const editor = await authorize('catalogue.manage');
  const filmCount = (tx: Tx, companyId: number) =>
    tx.select({ n: sql<number>`count(distinct ${filmCompanies.filmId})` }).from(filmCompanies).where(eq(filmCompanies.companyId, companyId)).get()?.n ?? 0;
  deleteUnlinked(editor.id, { entityType: 'company', table: companies, gone: 'No such company.' }, id, filmCount, (name, n) =>
    `${name} is listed on ${n === 1 ? 'a film' : `${n} films`}: remove it from those films or merge it into another company first.`,
  );
}
