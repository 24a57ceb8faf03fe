/**
 * A film's stills on the desk: editors attach library images to a film, in an order, and take them
 * off. The `film_stills` rows are the uses the library shows and that keep an image from deletion.
 */
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { films, filmStills, media } from '@/db/schema';
import { now } from '@/lib/clock';
import type { FilmStillsInput } from '@/lib/validation/stills';
import { recordAudit } from '../audit-log';
import { getDb } from '../db';
import { NotFound, Refused } from '../errors';
import { authorize } from '../guard';
import type { StillItem } from '../types';

/** A library image as the desk's stills and portrait panels show it (StillItem). */
export const stillColumns = {
  id: media.id,
  fileName: media.fileName,
  version: media.version,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
};

/** The stills of a film as the film editor shows them, in their order. */
export async function getFilmStills(filmId: number): Promise<StillItem[]> {
  await authorize('catalogue.manage');
  return getDb()
    .select(stillColumns)
    .from(filmStills)
    .innerJoin(media, eq(media.id, filmStills.mediaId))
    .where(eq(filmStills.filmId, filmId))
    .orderBy(asc(filmStills.position))
    .all();
}

/**
 * Replaces a film's stills with these images, in this order (adding, removing and reordering are
 * all this one write, so the order is never half-saved). Returns the film's slug, for what goes stale.
 */
export async function setFilmStills(input: FilmStillsInput): Promise<{ slug: string }> {
  const viewer = await authorize('catalogue.manage');
  return getDb().transaction((tx) => {
    const film = tx.select({ slug: films.slug }).from(films).where(eq(films.id, input.filmId)).get();
    if (!film) throw new NotFound('This film no longer exists.');
    if (input.mediaIds.length) {
      const known = tx.select({ id: media.id }).from(media).where(inArray(media.id, input.mediaIds)).all();
      if (known.length !== input.mediaIds.length) throw new Refused('An image was deleted from the library meanwhile: reload the page and try again.');
    }
    tx.delete(filmStills).where(eq(filmStills.filmId, input.filmId)).run();
    if (input.mediaIds.length) tx.insert(filmStills).values(input.mediaIds.map((mediaId, position) => ({ filmId: input.filmId, mediaId, position }))).run();
    tx.update(films).set({ updatedAt: now() }).where(eq(films.id, input.filmId)).run();
    recordAudit({ actorId: viewer.id, action: 'film.updated', entityType: 'film', entityId: input.filmId, details: { stills: input.mediaIds } }, tx);
    return { slug: film.slug };
  });
}
