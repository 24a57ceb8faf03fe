/**
 * The media library on the desk: browsing and searching it, uploading into it, editing an image's
 * words, deleting what nothing uses, and keeping `media_uses` (which reviews show which image) in
 * step with the review writers. Every function resolves the viewer and asks the permission table.
 */
import 'server-only';
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { films, filmStills, media, mediaUses, reviewerProfiles, reviewRevisions, reviews, users } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { deleteMediaFiles, type StoredMedia } from '@/lib/media';
import type { RichDoc } from '@/lib/rich-text/allow-list';
import { mediaIdsOf, sanitizeDoc } from '@/lib/rich-text/sanitize';
import type { MediaDetails } from '@/lib/validation/media';
import { recordAudit } from '../audit-log';
import { getDb, type DB, type Tx } from '../db';
import { NotAllowed, NotFound, Refused } from '../errors';
import { authorize, requireStaff } from '../guard';
import { contains, pageCountOf } from '../sql';

export const MEDIA_PAGE_SIZE = 24;

/** Where an image is used: in a review's body or as its lead image, as one of a film's stills, or as a critic's portrait. */
export type MediaUse =
  /** `live`: a public page shows it; `lead`: as the review's lead image (the home page may show it too). */
  | { kind: 'review'; reviewId: number; filmTitle: string; filmSlug: string; critic: string; live: boolean; lead: boolean }
  | { kind: 'still'; filmId: number; filmTitle: string; filmSlug: string; live: true }
  | { kind: 'portrait'; userId: number; critic: string; criticSlug: string; live: true };

/** How the library and its refusals name a use. */
export function mediaUseLabel(u: MediaUse): string {
  if (u.kind === 'review') return `${u.critic}’s review of ${u.filmTitle}${u.lead ? ' (lead image)' : ''}`;
  if (u.kind === 'still') return `the stills of ${u.filmTitle}`;
  return `${u.critic}’s portrait`;
}

export type MediaItem = {
  id: number;
  fileName: string;
  version: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  uploader: string | null;
  createdAt: Date;
  uses: MediaUse[];
  canEdit: boolean;
  canDelete: boolean;
};

export type MediaPage = { items: MediaItem[]; total: number; page: number; pageCount: number };

const itemColumns = {
  id: media.id,
  fileName: media.fileName,
  version: media.version,
  mime: media.mime,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  uploaderId: media.uploaderId,
  uploader: users.name,
  createdAt: media.createdAt,
};

/**
 * Where these images are used: the reviews that show them (their film and critic, and whether the
 * image is on a public page), the films whose stills they are, and the critics they portray.
 */
function usesOf(db: DB | Tx, ids: number[]): Map<number, MediaUse[]> {
  const out = new Map<number, MediaUse[]>();
  if (ids.length === 0) return out;
  const rows = db
    .select({
      mediaId: mediaUses.mediaId,
      reviewId: reviews.id,
      filmTitle: films.title,
      filmSlug: films.slug,
      critic: sql<string>`coalesce(${reviewerProfiles.penName}, ${users.name})`,
      liveBody: reviewRevisions.body,
      liveLead: reviewRevisions.leadImageId,
      publishedAt: reviews.publishedAt,
    })
    .from(mediaUses)
    .innerJoin(reviews, eq(reviews.id, mediaUses.reviewId))
    .innerJoin(films, eq(films.id, reviews.filmId))
    .innerJoin(users, eq(users.id, reviews.authorId))
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, reviews.authorId))
    .leftJoin(reviewRevisions, eq(reviewRevisions.id, reviews.liveRevisionId))
    .where(inArray(mediaUses.mediaId, ids))
    .orderBy(films.title)
    .all();
  const at = now();
  for (const r of rows) {
    const published = r.liveBody !== null && r.publishedAt !== null && r.publishedAt <= at;
    const lead = published && r.liveLead === r.mediaId;
    const live = lead || (published && mediaIdsOf(sanitizeDoc(r.liveBody)).includes(r.mediaId));
    const list = out.get(r.mediaId) ?? [];
    list.push({ kind: 'review', reviewId: r.reviewId, filmTitle: r.filmTitle, filmSlug: r.filmSlug, critic: r.critic, live, lead });
    out.set(r.mediaId, list);
  }
  const add = (mediaId: number, use: MediaUse) => out.set(mediaId, [...(out.get(mediaId) ?? []), use]);
  const stills = db
    .select({ mediaId: filmStills.mediaId, filmId: films.id, filmTitle: films.title, filmSlug: films.slug })
    .from(filmStills)
    .innerJoin(films, eq(films.id, filmStills.filmId))
    .where(inArray(filmStills.mediaId, ids))
    .orderBy(films.title)
    .all();
  for (const r of stills) add(r.mediaId, { kind: 'still', filmId: r.filmId, filmTitle: r.filmTitle, filmSlug: r.filmSlug, live: true });
  const portraits = db
    .select({ mediaId: reviewerProfiles.portraitMediaId, userId: reviewerProfiles.userId, critic: reviewerProfiles.penName, criticSlug: reviewerProfiles.slug })
    .from(reviewerProfiles)
    .where(inArray(reviewerProfiles.portraitMediaId, ids))
    .all();
  for (const r of portraits) if (r.mediaId !== null) add(r.mediaId, { kind: 'portrait', userId: r.userId, critic: r.critic, criticSlug: r.criticSlug, live: true });
  return out;
}

/** The library, newest first, searched by file name, caption, credit and alt text. */
export async function listMedia(filter: { q: string; page: number }): Promise<MediaPage> {
  const viewer = await authorize('media.read');
  const db = getDb();
  const where = filter.q
    ? or(contains(media.fileName, filter.q), contains(media.caption, filter.q), contains(media.credit, filter.q), contains(media.alt, filter.q))
    : undefined;
  const total = db.select({ n: count() }).from(media).where(where).get()?.n ?? 0;
  const pageCount = pageCountOf(total, MEDIA_PAGE_SIZE);
  const page = Math.min(filter.page, pageCount);
  const rows = db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploaderId))
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(MEDIA_PAGE_SIZE)
    .offset((page - 1) * MEDIA_PAGE_SIZE)
    .all();
  const uses = usesOf(db, rows.map((r) => r.id));
  const items = rows.map(({ uploaderId, ...r }) => {
    const mine = uses.get(r.id) ?? [];
    return {
      ...r,
      uses: mine,
      canEdit: can(viewer, 'media.edit', { ownerId: uploaderId }),
      canDelete: can(viewer, 'media.delete', { ownerId: uploaderId }) && mine.length === 0,
    };
  });
  return { items, total, page, pageCount };
}

/** One image with what the editor needs to show it (after an upload, or picked from the library). */
export async function getMediaItem(mediaId: number): Promise<MediaItem> {
  const viewer = await authorize('media.read');
  const db = getDb();
  const row = db.select(itemColumns).from(media).leftJoin(users, eq(users.id, media.uploaderId)).where(eq(media.id, mediaId)).get();
  if (!row) throw new NotFound('No such image.');
  const { uploaderId, ...r } = row;
  const uses = usesOf(db, [r.id]).get(r.id) ?? [];
  return {
    ...r,
    uses,
    canEdit: can(viewer, 'media.edit', { ownerId: uploaderId }),
    canDelete: can(viewer, 'media.delete', { ownerId: uploaderId }) && uses.length === 0,
  };
}

/**
 * Records an uploaded image. The caller has already checked `media.upload` before decoding the file
 * (app/api/media/route.ts); it is checked again here, where the row is written.
 */
export async function createMedia(stored: StoredMedia, fileName: string, details: MediaDetails): Promise<number> {
  const viewer = await authorize('media.upload');
  return getDb().transaction((tx) => {
    const row = tx
      .insert(media)
      .values({ ...stored, fileName, ...details, uploaderId: viewer.id })
      .returning({ id: media.id })
      .get();
    recordAudit({ actorId: viewer.id, action: 'media.uploaded', entityType: 'media', entityId: row.id, details: { fileName, version: stored.version } }, tx);
    return row.id;
  });
}

/**
 * The public pages that show this image (film pages through a published review or a still; the
 * home page through a lead image; critics' pages through a portrait): what an edit of its words
 * makes stale.
 */
function pagesShowing(db: DB | Tx, mediaId: number): { filmSlugs: string[]; shownAsLead: boolean; portrait: boolean } {
  const uses = usesOf(db, [mediaId]).get(mediaId) ?? [];
  const filmSlugs = uses.flatMap((u) => (u.kind !== 'portrait' && u.live ? [u.filmSlug] : []));
  return {
    filmSlugs: [...new Set(filmSlugs)],
    shownAsLead: uses.some((u) => u.kind === 'review' && u.lead),
    portrait: uses.some((u) => u.kind === 'portrait'),
  };
}

async function loadForChange(mediaId: number, action: 'media.edit' | 'media.delete') {
  const viewer = await requireStaff();
  const row = getDb().select({ id: media.id, uploaderId: media.uploaderId, path: media.path }).from(media).where(eq(media.id, mediaId)).get();
  // The permission is asked before saying whether the image exists.
  if (!can(viewer, action, { ownerId: row?.uploaderId ?? null }) && !can(viewer, action)) throw new NotAllowed();
  if (!row) throw new NotFound('This image no longer exists.');
  if (!can(viewer, action, { ownerId: row.uploaderId })) throw new NotAllowed();
  return { viewer, row };
}

/** Changes an image's alt text, caption and credit. Returns the public pages that show it. */
export async function updateMedia(mediaId: number, details: MediaDetails): Promise<{ filmSlugs: string[]; shownAsLead: boolean; portrait: boolean }> {
  const { viewer } = await loadForChange(mediaId, 'media.edit');
  return getDb().transaction((tx) => {
    tx.update(media).set({ ...details, updatedAt: now() }).where(eq(media.id, mediaId)).run();
    recordAudit({ actorId: viewer.id, action: 'media.updated', entityType: 'media', entityId: mediaId, details: { credit: details.credit } }, tx);
    return pagesShowing(tx, mediaId);
  });
}

/**
 * Deletes an image nothing uses (no review's working copy or live version shows it, no film has it
 * among its stills, no critic as a portrait); refused otherwise, with where it is used. The files go once no other record names the same stored file.
 */
export async function deleteMedia(mediaId: number): Promise<void> {
  const { viewer, row } = await loadForChange(mediaId, 'media.delete');
  const db = getDb();
  db.transaction((tx) => {
    const uses = usesOf(tx, [mediaId]).get(mediaId) ?? [];
    if (uses.length) {
      const where = uses.map(mediaUseLabel).join(', ');
      throw new Refused(`This image is used in ${where}: remove it from ${uses.length === 1 ? 'there' : 'each of them'} first.`);
    }
    tx.delete(media).where(eq(media.id, mediaId)).run();
    recordAudit({ actorId: viewer.id, action: 'media.deleted', entityType: 'media', entityId: mediaId, details: { path: row.path } }, tx);
  });
  const shared = db.select({ id: media.id }).from(media).where(eq(media.path, row.path)).get();
  if (!shared) await deleteMediaFiles(row.path);
}

// ---------------------------------------------------------------------------------------------
// Used by the review writers (lib/dal/desk/reviews.ts), inside their transactions.

/**
 * Reduces a body's figures to the library's own images: an id that names no record (made up,
 * or deleted since) is dropped before the body is stored.
 */
export function keepOwnMedia(tx: Tx, body: RichDoc): RichDoc {
  const ids = mediaIdsOf(body);
  if (ids.length === 0) return body;
  const known = new Set(tx.select({ id: media.id }).from(media).where(inArray(media.id, ids)).all().map((r) => r.id));
  if (ids.every((id) => known.has(id))) return body;
  return sanitizeDoc(body, { isOwnMedia: (id) => known.has(id), comments: true });
}

/** A lead image id the library knows, else null (made up, or deleted since): dropped before storing. */
export function keepOwnLeadImage(tx: Tx, id: number | null): number | null {
  if (id === null) return null;
  return tx.select({ id: media.id }).from(media).where(eq(media.id, id)).get() ? id : null;
}

/** The images a review's content shows: its body's figures and its lead image. */
function imagesOfContent(content: { body: unknown; leadImageId: number | null }): number[] {
  const ids = mediaIdsOf(sanitizeDoc(content.body));
  return content.leadImageId === null ? ids : [content.leadImageId, ...ids];
}

/** Rewrites which images a review shows: those of its working copy and of its live revision. */
export function syncMediaUses(tx: Tx, reviewId: number): void {
  const row = tx
    .select({ body: reviews.body, leadImageId: reviews.leadImageId, liveRevisionId: reviews.liveRevisionId })
    .from(reviews)
    .where(eq(reviews.id, reviewId))
    .get();
  tx.delete(mediaUses).where(eq(mediaUses.reviewId, reviewId)).run();
  if (!row) return;
  const ids = new Set(imagesOfContent(row));
  if (row.liveRevisionId !== null) {
    const live = tx
      .select({ body: reviewRevisions.body, leadImageId: reviewRevisions.leadImageId })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.id, row.liveRevisionId))
      .get();
    if (live) for (const id of imagesOfContent(live)) ids.add(id);
  }
  if (ids.size === 0) return;
  const known = tx.select({ id: media.id }).from(media).where(inArray(media.id, [...ids])).all();
  if (known.length) tx.insert(mediaUses).values(known.map((k) => ({ mediaId: k.id, reviewId }))).onConflictDoNothing().run();
}

/** This review's figures (and lead image) that the library knows, for the editor to draw them. */
export function mediaOfReviewBody(db: DB | Tx, body: RichDoc, leadImageId: number | null = null) {
  const ids = leadImageId === null ? mediaIdsOf(body) : [leadImageId, ...mediaIdsOf(body)];
  if (ids.length === 0) return [];
  return db
    .select({ id: media.id, version: media.version, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(and(inArray(media.id, ids)))
    .all();
}
