/**
 * Loads the demo content into an empty database: staff accounts with their critic profiles, the
 * catalogue (films, people, companies, credits, releases, genres) and published reviews written as
 * Tiptap JSON, each with its first revision. Run by scripts/prepare-db.ts on a fresh database only.
 */
import { eq } from 'drizzle-orm';
import type { DB } from '../index';
import * as s from '../schema';
import { hashPassword } from '../../lib/auth/password';
import { markSchema } from '../../lib/marks';
import { slugify } from '../../lib/slug';
import type { RichBlock, RichDoc, RichInline } from '../../lib/rich-text/allow-list';
import { demoFilms } from './films';
import { demoStaff } from './staff';
import type { DemoBlock, DemoFilm } from './types';

/** Inline **bold** and *italic* to Tiptap text nodes with marks. */
export function inline(text: string): RichInline[] {
  const out: RichInline[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ type: 'text', text: m[1], marks: [{ type: 'bold' }] });
    else out.push({ type: 'text', text: m[2]!, marks: [{ type: 'italic' }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

export function blocksToDoc(blocks: DemoBlock[]): RichDoc {
  const content: RichBlock[] = blocks.map((b): RichBlock => {
    if (typeof b === 'string') return { type: 'paragraph', content: inline(b) };
    if ('heading' in b) return { type: 'heading', attrs: { level: 2 }, content: inline(b.heading) };
    if ('quote' in b) return { type: 'blockquote', content: [{ type: 'paragraph', content: inline(b.quote) }] };
    return {
      type: 'bulletList',
      content: b.bullets.map((t) => ({ type: 'listItem', content: [{ type: 'paragraph', content: inline(t) }] })),
    };
  });
  return { type: 'doc', content };
}

function defaultPublishedAt(seenOn: string): Date {
  const d = new Date(`${seenOn}T09:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

export async function seedDemo(db: DB, films: DemoFilm[] = demoFilms): Promise<{ films: number; reviews: number }> {
  // Hash first: the transaction itself must stay synchronous (better-sqlite3).
  const hashes = await Promise.all(demoStaff.map((u) => hashPassword(u.password)));

  return db.transaction((tx) => {
    const criticIds = new Map<string, number>();
    demoStaff.forEach((u, i) => {
      const row = tx
        .insert(s.users)
        .values({ email: u.email, name: u.name, role: u.role, passwordHash: hashes[i] })
        .returning({ id: s.users.id })
        .get();
      if (u.critic) {
        tx.insert(s.reviewerProfiles)
          .values({ userId: row.id, penName: u.critic.penName, slug: u.critic.slug, bio: u.critic.bio })
          .run();
        criticIds.set(u.critic.slug, row.id);
      }
    });

    const personIds = new Map<string, number>();
    const person = (name: string) => {
      let id = personIds.get(name);
      if (id === undefined) {
        id = tx.insert(s.people).values({ name, slug: freeSlug(name) }).returning({ id: s.people.id }).get().id;
        personIds.set(name, id);
      }
      return id;
    };
    const usedPersonSlugs = new Set<string>();
    function freeSlug(name: string) {
      let slug = slugify(name);
      for (let i = 2; usedPersonSlugs.has(slug); i++) slug = `${slugify(name)}-${i}`;
      usedPersonSlugs.add(slug);
      return slug;
    }

    const companyIds = new Map<string, number>();
    const company = (name: string) => {
      let id = companyIds.get(name);
      if (id === undefined) {
        id = tx.insert(s.companies).values({ name, slug: slugify(name) }).returning({ id: s.companies.id }).get().id;
        companyIds.set(name, id);
      }
      return id;
    };

    const genreIds = new Map<string, number>();
    const genre = (name: string) => {
      let id = genreIds.get(name);
      if (id === undefined) {
        id = tx.insert(s.genres).values({ name, slug: slugify(name) }).returning({ id: s.genres.id }).get().id;
        genreIds.set(name, id);
      }
      return id;
    };

    let reviewCount = 0;
    for (const f of films) {
      const film = tx
        .insert(s.films)
        .values({
          slug: f.slug,
          title: f.title,
          originalTitle: f.originalTitle,
          synopsis: f.synopsis,
          releaseKind: f.releaseKind,
          runtimeMinutes: f.runtimeMinutes,
          ageRating: f.ageRating ?? null,
        })
        .returning({ id: s.films.id })
        .get();

      f.genres.forEach((g, position) => tx.insert(s.filmGenres).values({ filmId: film.id, genreId: genre(g), position }).run());
      for (const r of f.releases) {
        tx.insert(s.releases)
          .values({
            filmId: film.id,
            country: r.country.toUpperCase(),
            date: r.date,
            kind: r.kind ?? 'cinema',
            certification: r.certification ?? null,
          })
          .run();
      }
      for (const [role, names] of Object.entries(f.crew) as [s.CreditRoleKey, string[]][]) {
        names.forEach((name, position) =>
          tx.insert(s.credits).values({ filmId: film.id, personId: person(name), role, position }).run(),
        );
      }
      f.cast.forEach((c, position) =>
        tx
          .insert(s.credits)
          .values({ filmId: film.id, personId: person(c.name), role: 'cast', character: c.character ?? null, position })
          .run(),
      );
      for (const [role, names] of Object.entries(f.companies) as [s.CompanyRoleKey, string[]][]) {
        names.forEach((name, position) =>
          tx.insert(s.filmCompanies).values({ filmId: film.id, companyId: company(name), role, position }).run(),
        );
      }

      for (const r of f.reviews) {
        const authorId = criticIds.get(r.critic);
        if (authorId === undefined) throw new Error(`Unknown demo critic ${r.critic}`);
        const mark = markSchema.parse(r.mark);
        const publishedAt = r.publishedAt ? new Date(r.publishedAt) : defaultPublishedAt(r.seenOn);
        const body = blocksToDoc(r.body);
        const fields = {
          body,
          mark,
          seenOn: r.seenOn,
          venue: r.venue,
          containsSpoilers: r.containsSpoilers ?? false,
        };
        const review = tx
          .insert(s.reviews)
          .values({
            filmId: film.id,
            authorId,
            status: 'published',
            ...fields,
            submittedAt: publishedAt,
            publishedAt,
            firstPublishedAt: publishedAt,
            createdAt: publishedAt,
            updatedAt: publishedAt,
          })
          .returning({ id: s.reviews.id })
          .get();
        const revision = tx
          .insert(s.reviewRevisions)
          .values({ reviewId: review.id, number: 1, authorId, reason: 'publish', status: 'published', ...fields, createdAt: publishedAt })
          .returning({ id: s.reviewRevisions.id })
          .get();
        tx.update(s.reviews).set({ liveRevisionId: revision.id }).where(eq(s.reviews.id, review.id)).run();
        reviewCount++;
      }
    }
    return { films: films.length, reviews: reviewCount };
  });
}
