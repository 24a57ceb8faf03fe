/**
 * Critics' portraits and films' stills for the public pages: library images named by a profile or a
 * film, with what a page needs to draw them (never the stored path).
 */
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { filmStills, media, reviewerProfiles } from '@/db/schema';
import type { DB } from '../db';
import type { Portrait, ShownImage } from '../types';

/** Columns to select beside a profile left-joined with `media` on its portrait. */
export const portraitColumns = {
  portraitId: media.id,
  portraitVersion: media.version,
  portraitWidth: media.width,
  portraitHeight: media.height,
  portraitAlt: media.alt,
};

type PortraitRow = { portraitId: number | null; portraitVersion: string | null; portraitWidth: number | null; portraitHeight: number | null; portraitAlt: string | null };

export function portraitOf(r: PortraitRow): Portrait | null {
  if (r.portraitId === null || r.portraitVersion === null || r.portraitWidth === null || r.portraitHeight === null) return null;
  return { id: r.portraitId, version: r.portraitVersion, width: r.portraitWidth, height: r.portraitHeight, alt: r.portraitAlt ?? '' };
}

/** Strips the portrait columns from a row, keeping the rest and adding `portrait`. */
export function withPortrait<T extends PortraitRow>(r: T): Omit<T, keyof PortraitRow> & { portrait: Portrait | null } {
  const { portraitId, portraitVersion, portraitWidth, portraitHeight, portraitAlt, ...rest } = r;
  return { ...rest, portrait: portraitOf({ portraitId, portraitVersion, portraitWidth, portraitHeight, portraitAlt }) };
}

/** The portraits of these critics (by slug); a critic without one is absent. */
export function portraitsBySlug(db: DB, slugs: readonly string[]): Map<string, Portrait> {
  if (slugs.length === 0) return new Map();
  const rows = db
    .select({ slug: reviewerProfiles.slug, ...portraitColumns })
    .from(reviewerProfiles)
    .innerJoin(media, eq(media.id, reviewerProfiles.portraitMediaId))
    .where(inArray(reviewerProfiles.slug, [...new Set(slugs)]))
    .all();
  const out = new Map<string, Portrait>();
  for (const r of rows) {
    const p = portraitOf(r);
    if (p) out.set(r.slug, p);
  }
  return out;
}

/** A film's stills in the editors' order. */
export function filmStillsQuery(db: DB, filmId: number) {
  return db
    .select({ id: media.id, version: media.version, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(filmStills)
    .innerJoin(media, eq(media.id, filmStills.mediaId))
    .where(eq(filmStills.filmId, filmId))
    .orderBy(asc(filmStills.position));
}

export type { ShownImage };
