/**
 * Public media reads: what a page needs to draw a figure, and what the image route needs to find a
 * stored original. An image is shown only where a visible document names it; its variants' addresses
 * carry the file's hash, so they cannot be guessed from an id alone.
 */
import 'server-only';
import { inArray, eq } from 'drizzle-orm';
import { media } from '@/db/schema';
import { getDb } from '../db';
import type { LibraryImage } from '../types';

export type DisplayMedia = { id: number; version: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };

/** The library records of these ids (missing ones are simply absent: a deleted image is not drawn). */
export async function getMediaForDisplay(ids: readonly number[]): Promise<Map<number, DisplayMedia>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: media.id, version: media.version, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(inArray(media.id, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Each item with its lead image's library record (one query for them all; a deleted one is null). */
export async function withLeadImages<T extends { leadImageId: number | null }>(items: T[]): Promise<(T & { leadImage: LibraryImage | null })[]> {
  const found = await getMediaForDisplay(items.flatMap((i) => (i.leadImageId === null ? [] : [i.leadImageId])));
  return items.map((i) => ({ ...i, leadImage: i.leadImageId === null ? null : (found.get(i.leadImageId) ?? null) }));
}

/** The stored original behind /media/<id>/<version>/…, or null. */
export async function getMediaSource(mediaId: number): Promise<{ path: string; version: string } | null> {
  const row = await getDb().select({ path: media.path, version: media.version }).from(media).where(eq(media.id, mediaId)).get();
  return row ?? null;
}
