/**
 * What the review editor shows about a review's place in the workflow: the status badge, the live
 * or scheduled line, whether the text is editable and which buttons are offered. Computed on the
 * server for the viewer (from the same rules that check every call, lib/workflow.ts) by the page
 * and by every save and workflow answer, so the screen shows the stored state after each of them,
 * without a reload and without the editor guessing from flags of its own.
 */
import type { Viewer } from './auth/permissions';
import { availableEvents, canEditReview, type ReviewEvent, type WorkflowReview } from './workflow';
import type { ReviewState } from './workflow-states';

export type DeskView = {
  /** The stored version this view describes: a newer one always wins (see `newerView`). */
  version: number;
  status: ReviewState;
  /** The live revision's publication (ISO), in the future when scheduled. */
  live: { publishedAt: string; scheduled: boolean } | null;
  canEdit: boolean;
  events: ReviewEvent[];
};

export type DeskRow = { version: number; status: ReviewState; authorId: number; mark: number | null; liveRevisionId: number | null; publishedAt: Date | null };

export function deskViewOf(row: DeskRow, viewer: Viewer, at: Date): DeskView {
  const live = row.liveRevisionId !== null && row.publishedAt !== null;
  const wf: WorkflowReview = { status: row.status, authorId: row.authorId, mark: row.mark, hasLive: row.liveRevisionId !== null };
  return {
    version: row.version,
    status: row.status,
    live: live ? { publishedAt: row.publishedAt!.toISOString(), scheduled: row.publishedAt! > at } : null,
    canEdit: canEditReview(wf, viewer),
    events: availableEvents(wf, viewer),
  };
}

/**
 * Which of two views the screen shows: the one of the later version. A page refresh that started
 * before a save answered must not put the badge back; at the same version the incoming one is
 * fresher (a scheduled review goes live with no new version).
 */
export function newerView(current: DeskView, incoming: DeskView): DeskView {
  return incoming.version >= current.version ? incoming : current;
}

/** Whether moving between these views changes more than the version, so the page around must follow. */
export function workflowChanged(a: DeskView, b: DeskView): boolean {
  return a.status !== b.status || a.canEdit !== b.canEdit || a.live?.publishedAt !== b.live?.publishedAt || a.live?.scheduled !== b.live?.scheduled;
}
