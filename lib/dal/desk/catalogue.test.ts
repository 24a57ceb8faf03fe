/**
 * The catalogue DAL against a temporary database: films with everything attached, slug renames,
 * merging and deleting people and companies, and refusals that leave the database unchanged.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, companies, credits, filmCompanies, filmSlugRedirects, films, people } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { filmFormSchema, filmFormInput } from '@/lib/validation/catalogue';
import { Conflict, FieldConflict, NotAllowed } from '../errors';

const { db, sqlite, file } = useTempDatabase();
let dal: typeof import('./films') & typeof import('./people') & typeof import('./companies');
let posters: typeof import('@/lib/posters');
const ids = { editor: 0, reviewer: 0, admin: 0 };

function snapshot(): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}"`).all()]));
}

/** Builds the input the way the film form sends it. */
function filmInput(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  const defaults = { title: 'Untitled', synopsis: '', releaseKind: 'cinema', runtimeMinutes: '', ageRating: '', originalTitle: '', slug: '' };
  for (const [k, v] of Object.entries({ ...defaults, ...fields })) {
    for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  }
  return filmFormSchema.parse(filmFormInput(fd));
}

async function personId(name: string) {
  return (await db.select({ id: people.id }).from(people).where(eq(people.name, name)).get())!.id;
}

beforeAll(async () => {
  await seedDemo(db, []);
  const { users } = await import('@/db/schema');
  const byEmail = async (email: string) => (await db.select().from(users).where(eq(users.email, email)).get())!.id;
  ids.editor = await byEmail('editor@bobine.test');
  ids.reviewer = await byEmail('mulder@bobine.test');
  ids.admin = await byEmail('admin@bobine.test');
  dal = { ...(await import('./films')), ...(await import('./people')), ...(await import('./companies')) };
  posters = await import('@/lib/posters');
});

describe('films', () => {
  it('creates a film with genres, releases, credits (new and existing people) and companies', async () => {
    actAs(ids.editor);
    await dal.savePerson({ name: 'Existing Actor', slug: null, bio: '' });
    const existing = await personId('Existing Actor');
    const input = filmInput({
      title: 'Le Jour d’après',
      originalTitle: 'The Day After',
      synopsis: 'One line.',
      runtimeMinutes: '104',
      ageRating: 'PG-13',
      newGenres: 'Drama, Thriller',
      releases: JSON.stringify([
        { country: 'fr', date: '2025-06-04', kind: 'cinema', certification: 'Tous publics' },
        { country: 'US', date: '2025-06-06', kind: 'streaming', certification: '' },
      ]),
      credits: JSON.stringify([
        { personId: null, newName: 'New Director', role: 'director', character: '' },
        { personId: null, newName: 'new director', role: 'writer', character: '' },
        { personId: existing, newName: null, role: 'cast', character: 'The Lead' },
      ]),
      companies: JSON.stringify([{ companyId: null, newName: 'Fresh Pictures', role: 'production' }]),
    });
    const saved = await dal.saveFilm(input);
    expect(saved.slug).toBe('le-jour-dapres');
    const film = await dal.getFilmForEdit(saved.id);
    expect(film.title).toBe('Le Jour d’après');
    expect(film.runtimeMinutes).toBe(104);
    expect(film.genreIds).toHaveLength(2);
    expect(film.releases.map((r) => `${r.country}:${r.kind}`)).toEqual(['FR:cinema', 'US:streaming']);
    expect(film.credits.map((c) => `${c.role}:${c.name}:${c.character ?? ''}`)).toEqual([
      'cast:Existing Actor:The Lead',
      'director:New Director:',
      'writer:New Director:',
    ]);
    // The same new name typed twice is one new person.
    expect(new Set(film.credits.filter((c) => c.name === 'New Director').map((c) => c.personId)).size).toBe(1);
    expect(film.companies).toEqual([expect.objectContaining({ name: 'Fresh Pictures', role: 'production' })]);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'film.created')).all();
    expect(audit.at(-1)?.entityId).toBe(saved.id);
  });

  it('generates a free slug when the title is taken and refuses a taken slug by field', async () => {
    actAs(ids.editor);
    const first = await dal.saveFilm(filmInput({ title: 'Twin' }));
    const second = await dal.saveFilm(filmInput({ title: 'Twin' }));
    expect([first.slug, second.slug]).toEqual(['twin', 'twin-2']);
    await expect(dal.saveFilm(filmInput({ title: 'Third', slug: 'twin' }))).rejects.toBeInstanceOf(FieldConflict);
  });

  it('keeps billing order as sent and rewrites it on update', async () => {
    actAs(ids.editor);
    const a = await dal.savePerson({ name: 'Actor A', slug: null, bio: '' });
    const b = await dal.savePerson({ name: 'Actor B', slug: null, bio: '' });
    const rows = (order: number[]) => JSON.stringify(order.map((id) => ({ personId: id, newName: null, role: 'cast', character: null })));
    const saved = await dal.saveFilm(filmInput({ title: 'Order Test', credits: rows([a.id, b.id]) }));
    await dal.saveFilm(filmInput({ filmId: String(saved.id), title: 'Order Test', slug: saved.slug, credits: rows([b.id, a.id]) }));
    const film = await dal.getFilmForEdit(saved.id);
    expect(film.credits.map((c) => c.name)).toEqual(['Actor B', 'Actor A']);
  });

  it('renaming a slug leaves a redirect; taking the old slug back removes it', async () => {
    actAs(ids.editor);
    const saved = await dal.saveFilm(filmInput({ title: 'Renamed Film' }));
    const renamed = await dal.saveFilm(filmInput({ filmId: String(saved.id), title: 'Renamed Film', slug: 'a-new-name' }));
    expect(renamed).toEqual({ id: saved.id, slug: 'a-new-name', previousSlug: 'renamed-film' });
    const redirects = () => db.select().from(filmSlugRedirects).where(eq(filmSlugRedirects.filmId, saved.id)).all();
    expect((await redirects()).map((r) => r.slug)).toEqual(['renamed-film']);
    const { getFilmPage } = await import('../public/films');
    expect(await getFilmPage('renamed-film')).toEqual({ kind: 'redirect', slug: 'a-new-name' });

    await dal.saveFilm(filmInput({ filmId: String(saved.id), title: 'Renamed Film', slug: 'renamed-film' }));
    expect((await redirects()).map((r) => r.slug)).toEqual(['a-new-name']);
    // Another film cannot take an address that still leads to this one.
    await expect(dal.saveFilm(filmInput({ title: 'Squatter', slug: 'a-new-name' }))).rejects.toBeInstanceOf(FieldConflict);
  });

  it('refuses reviewers and anonymous visitors, changing nothing', async () => {
    const before = snapshot();
    actAs(ids.reviewer);
    await expect(dal.saveFilm(filmInput({ title: 'Not Allowed' }))).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.listAdminFilms({ page: 1 })).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.searchPeople('a')).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.savePerson({ name: 'X', slug: null, bio: '' })).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.mergePeople(1, 2)).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.deletePerson(1)).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.mergeCompanies(1, 2)).rejects.toBeInstanceOf(NotAllowed);
    await expect(dal.deleteCompany(1)).rejects.toBeInstanceOf(NotAllowed);
    actAs(null);
    await expect(dal.saveFilm(filmInput({ title: 'Not Allowed' }))).rejects.toThrow();
    expect(snapshot()).toBe(before);
  });

  it('lists and searches films by title and original title', async () => {
    actAs(ids.admin);
    const byOriginal = await dal.listAdminFilms({ q: 'Day After', page: 1 });
    expect(byOriginal.films.map((f) => f.title)).toEqual(['Le Jour d’après']);
    const literal = await dal.listAdminFilms({ q: '%', page: 1 });
    expect(literal.films).toEqual([]);
  });
});

describe('people and companies', () => {
  it('merging moves credits and collapses a duplicate role on the same film, keeping the lower position', async () => {
    actAs(ids.editor);
    const keep = await dal.savePerson({ name: 'Jane Keep', slug: null, bio: '' });
    const dup = await dal.savePerson({ name: 'Jane Keep (dup)', slug: null, bio: 'Bio from the duplicate.' });
    const other = await dal.savePerson({ name: 'Someone Else', slug: null, bio: '' });
    const cast = (list: { id: number; character?: string }[]) =>
      JSON.stringify(list.map((p) => ({ personId: p.id, newName: null, role: 'cast', character: p.character ?? null })));
    // On film 1 both records are in the cast: the duplicate is billed first (position 0).
    const f1 = await dal.saveFilm(filmInput({ title: 'Merge One', credits: cast([{ id: dup.id, character: 'Hero' }, { id: other.id }, { id: keep.id }]) }));
    // On film 2 only the duplicate is credited (as director).
    const f2 = await dal.saveFilm(
      filmInput({ title: 'Merge Two', credits: JSON.stringify([{ personId: dup.id, newName: null, role: 'director', character: null }]) }),
    );

    const result = await dal.mergePeople(keep.id, dup.id);
    expect(result.filmSlugs.sort()).toEqual([f1.slug, f2.slug].sort());
    expect(await db.select().from(people).where(eq(people.id, dup.id)).get()).toBeUndefined();
    const one = await dal.getFilmForEdit(f1.id);
    expect(one.credits.map((c) => `${c.name}:${c.character ?? ''}`)).toEqual(['Jane Keep:Hero', 'Someone Else:']);
    const two = await dal.getFilmForEdit(f2.id);
    expect(two.credits.map((c) => `${c.role}:${c.name}`)).toEqual(['director:Jane Keep']);
    const kept = await dal.getPerson(keep.id);
    expect(kept.bio).toBe('Bio from the duplicate.');
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.merged')).all()).toHaveLength(1);
  });

  it('deleting a referenced person or company is refused; an unreferenced one goes', async () => {
    actAs(ids.editor);
    const used = await personId('Jane Keep');
    const before = snapshot();
    await expect(dal.deletePerson(used)).rejects.toBeInstanceOf(Conflict);
    await expect(dal.deletePerson(used)).rejects.toThrow(/credited on 2 films/);
    const company = (await db.select().from(companies).where(eq(companies.name, 'Fresh Pictures')).get())!;
    await expect(dal.deleteCompany(company.id)).rejects.toBeInstanceOf(Conflict);
    expect(snapshot()).toBe(before);

    const lonely = await dal.savePerson({ name: 'Lonely Person', slug: null, bio: '' });
    await dal.deletePerson(lonely.id);
    expect(await db.select().from(people).where(eq(people.id, lonely.id)).get()).toBeUndefined();
  });

  it('merges companies, collapsing a shared role', async () => {
    actAs(ids.editor);
    const a = await dal.saveCompany({ name: 'Alpha Films', slug: null });
    const b = await dal.saveCompany({ name: 'Alpha Films Inc.', slug: null });
    const rows = JSON.stringify([
      { companyId: b.id, newName: null, role: 'production' },
      { companyId: a.id, newName: null, role: 'production' },
      { companyId: b.id, newName: null, role: 'distribution' },
    ]);
    const f = await dal.saveFilm(filmInput({ title: 'Company Merge', companies: rows }));
    await dal.mergeCompanies(a.id, b.id);
    const fc = await db.select().from(filmCompanies).where(eq(filmCompanies.filmId, f.id)).all();
    expect(fc.map((r) => `${r.companyId}:${r.role}:${r.position}`).sort()).toEqual([`${a.id}:distribution:0`, `${a.id}:production:0`]);
    expect(await db.select().from(companies).where(eq(companies.id, b.id)).get()).toBeUndefined();
  });

  it('a person’s old addresses (renamed or merged away) lead to their page and cannot be reused', async () => {
    actAs(ids.editor);
    const { movedPersonSlug } = await import('../public/people');
    const p = await dal.savePerson({ name: 'Renée Rename', slug: null, bio: '' });
    expect(p.slug).toBe('renee-rename');
    await dal.savePerson({ id: p.id, name: 'Renée Rename', slug: 'renee-new', bio: '' });
    expect(await movedPersonSlug('renee-rename')).toBe('renee-new');
    // Nobody else gets the old address, by choice or by generation.
    await expect(dal.savePerson({ name: 'Other', slug: 'renee-rename', bio: '' })).rejects.toBeInstanceOf(FieldConflict);
    expect((await dal.savePerson({ name: 'Renée Rename', slug: null, bio: '' })).slug).toBe('renee-rename-2');
    // A merged-away duplicate's address, and its own old ones, lead to the kept record.
    const dup = await dal.savePerson({ name: 'Renee Dup', slug: 'renee-dup', bio: '' });
    await dal.savePerson({ id: dup.id, name: 'Renee Dup', slug: 'renee-dup-new', bio: '' });
    await dal.mergePeople(p.id, dup.id);
    expect(await movedPersonSlug('renee-dup-new')).toBe('renee-new');
    expect(await movedPersonSlug('renee-dup')).toBe('renee-new');
    // Taking back an old address makes it the page again.
    await dal.savePerson({ id: p.id, name: 'Renée Rename', slug: 'renee-rename', bio: '' });
    expect(await movedPersonSlug('renee-rename')).toBeNull();
    expect(await movedPersonSlug('renee-new')).toBe('renee-rename');
  });

  it('searches people, prefix matches first', async () => {
    actAs(ids.editor);
    const found = await dal.searchPeople('keep');
    expect(found[0]?.name).toBe('Jane Keep');
    expect(await db.select().from(credits).where(eq(credits.personId, found[0]!.id)).all()).toHaveLength(2);
  });
});

describe('posters', () => {
  it('stores a normalized poster, serves variants, and replacing it removes the old file', async () => {
    actAs(ids.editor);
    const png = await sharp({ create: { width: 400, height: 600, channels: 3, background: '#a4161a' } }).png().toBuffer();
    const check = await posters.normalizePoster(png);
    if (!check.ok) throw new Error(check.message);
    const saved = await dal.saveFilm(filmInput({ title: 'Poster Film' }), { kind: 'replace', poster: check.poster });
    const row = (await db.select().from(films).where(eq(films.id, saved.id)).get())!;
    expect([row.posterWidth, row.posterHeight]).toEqual([400, 600]);
    const dataDir = path.dirname(file);
    expect(row.posterPath).toMatch(/^posters\/[0-9a-f]{16}\.png$/);
    expect(existsSync(path.join(dataDir, row.posterPath!))).toBe(true);

    const variant = await posters.posterVariant(row.posterPath!, 160, 'webp');
    expect((await sharp(variant!.data).metadata()).width).toBe(160);
    expect(existsSync(path.join(dataDir, 'posters', 'cache'))).toBe(true);

    const jpeg = await sharp({ create: { width: 300, height: 450, channels: 3, background: '#10263b' } }).jpeg().toBuffer();
    const next = await posters.normalizePoster(jpeg);
    if (!next.ok) throw new Error(next.message);
    await dal.saveFilm(filmInput({ filmId: String(saved.id), title: 'Poster Film', slug: saved.slug }), { kind: 'replace', poster: next.poster });
    expect(existsSync(path.join(dataDir, row.posterPath!))).toBe(false);
    const source = await (await import('../public/films')).getPosterSource(saved.id);
    expect(source?.posterPath).toMatch(/\.jpg$/);
  });
});
