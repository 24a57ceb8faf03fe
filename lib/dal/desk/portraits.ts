/**
 * Critics' portraits on the desk: a critic sets their own (from the library, or uploaded there
 * first); an admin may set anyone's from the staff pages. The profile's `portrait_media_id` is the
 * use the library shows and that keeps the image from deletion.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { media, reviewerProfiles } from '@/db/schema';
import { now } from '@/lib/clock';
import { recordAudit } from '../audit-log';
import { getDb, type DB, type Tx } from '../db';
import { NotFound, Refused } from '../errors';
import { authorize, type StaffViewer } from '../guard';
import type { StillItem } from '../types';
import { stillColumns } from './film-stills';

/** The portrait a profile shows, with its words, for the desk. */
export function portraitOfUser(db: DB | Tx, userId: number): StillItem | null {
  return (
    db
      .select(stillColumns)
      .from(reviewerProfiles)
      .innerJoin(media, eq(media.id, reviewerProfiles.portraitMediaId))
      .where(eq(reviewerProfiles.userId, userId))
      .get() ?? null
  );
}

function writePortrait(viewer: StaffViewer, userId: number, mediaId: number | null): { slug: string } {
  return getDb().transaction((tx) => {
    const profile = tx.select({ slug: reviewerProfiles.slug }).from(reviewerProfiles).where(eq(reviewerProfiles.userId, userId)).get();
    if (!profile) {
      throw new Refused(userId === viewer.id ? 'Save your pen name and address first: the portrait goes on that public profile.' : 'This account has no public profile yet.');
    }
    if (mediaId !== null && !tx.select({ id: media.id }).from(media).where(eq(media.id, mediaId)).get()) {
      throw new NotFound('This image is no longer in the library.');
    }
    tx.update(reviewerProfiles).set({ portraitMediaId: mediaId, updatedAt: now() }).where(eq(reviewerProfiles.userId, userId)).run();
    recordAudit({ actorId: viewer.id, action: 'staff.profile_updated', entityType: 'user', entityId: userId, details: { portrait: mediaId } }, tx);
    return { slug: profile.slug };
  });
}

/** Sets (or, with null, removes) the portrait on the viewer's own profile. Returns its slug, for what goes stale. */
export async function setOwnPortrait(mediaId: number | null): Promise<{ slug: string }> {
  const viewer = await authorize('profile.edit');
  return writePortrait(viewer, viewer.id, mediaId);
}

/** An admin sets (or removes) the portrait on anyone's profile, from the staff pages. */
export async function setPortrait(userId: number, mediaId: number | null): Promise<{ slug: string }> {
  const viewer = await authorize('staff.manage');
  return writePortrait(viewer, userId, mediaId);
}

/** Someone else's portrait, for the admin's staff page (their profile must exist to hold one). */
export async function getStaffPortrait(userId: number): Promise<StillItem | null> {
  await authorize('staff.manage');
  return portraitOfUser(getDb(), userId);
}
