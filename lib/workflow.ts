/**
 * The editorial workflow as data: which event moves a review from which state to which, and which
 * permission fires it. Pure: the only writer is the DAL's transitionReview, which calls
 * `applyEvent` inside its transaction; the interface calls `availableEvents` to choose buttons.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish / schedule──▶ published
 *     ▲   ◀─withdraw──┘    │                                                     │
 *     │          request_changes ──▶ changes_requested ──submit──▶ in_review      │
 *     └───────────────────────────────── unpublish ◀─────────────────────────────┘
 *
 * A published review whose working copy is edited goes back to draft while its live revision stays
 * public (see `stateAfterEdit`).
 */
import { can, type Action, type Viewer } from './auth/permissions';
import type { ReviewState } from './workflow-states';

export { REVIEW_STATES, type ReviewState } from './workflow-states';

export const REVIEW_EVENTS = ['submit', 'withdraw', 'request_changes', 'approve', 'publish', 'schedule', 'unpublish'] as const;
export type ReviewEvent = (typeof REVIEW_EVENTS)[number];

/**
 * An event's name is its one spelling: the permission that fires it is `review.<event>` (scheduling
 * is publishing at a later time, so it asks `review.publish`), and its audit action is
 * `review.<event>` (lib/dal/audit-log.ts). A new event without a permission fails to compile here.
 */
export function eventPermission(event: ReviewEvent): Action {
  return event === 'schedule' ? 'review.publish' : `review.${event}`;
}

/** The audit action recorded when an event fires. */
export type ReviewEventAudit = `review.${ReviewEvent}`;
export function eventAuditAction(event: ReviewEvent): ReviewEventAudit {
  return `review.${event}`;
}

type Transition = { from: readonly ReviewState[]; to: ReviewState; action: Action; label: string };

const transition = (event: ReviewEvent, from: readonly ReviewState[], to: ReviewState, label: string): Transition => ({ from, to, action: eventPermission(event), label });

export const TRANSITIONS: Record<ReviewEvent, Transition> = {
  submit: transition('submit', ['draft', 'changes_requested'], 'in_review', 'Submit for review'),
  withdraw: transition('withdraw', ['in_review'], 'draft', 'Withdraw'),
  request_changes: transition('request_changes', ['in_review'], 'changes_requested', 'Request changes'),
  approve: transition('approve', ['in_review'], 'approved', 'Approve'),
  publish: transition('publish', ['approved'], 'published', 'Publish'),
  schedule: transition('schedule', ['approved', 'published'], 'published', 'Schedule'),
  // Any state: a published review may have a working copy in progress; only the live one is taken down.
  unpublish: transition('unpublish', ['draft', 'in_review', 'changes_requested', 'approved', 'published'], 'draft', 'Unpublish'),
};

/**
 * A draft may lack a mark; a review goes to the desk with one. Stated here only: applyEvent refuses
 * the event, and the review form's schema for the event (lib/validation/review.ts) asks for a mark.
 */
export function eventNeedsMark(event: ReviewEvent): boolean {
  return event === 'submit';
}
export const MARK_NEEDED = 'Choose a mark before submitting.';

export const STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
};

/** What the workflow needs to know about a review. */
export type WorkflowReview = {
  status: ReviewState;
  authorId: number;
  mark: number | null;
  /** Whether a revision is live (published, or scheduled). */
  hasLive: boolean;
};

export type EventCheck = { ok: true; to: ReviewState } | { ok: false; reason: string; forbidden: boolean };

export function applyEvent(review: WorkflowReview, event: ReviewEvent, viewer: Viewer): EventCheck {
  const t = TRANSITIONS[event];
  if (!can(viewer, t.action, { ownerId: review.authorId })) {
    return { ok: false, forbidden: true, reason: `You are not allowed to ${t.label.toLowerCase()} this review.` };
  }
  if (event === 'unpublish' && !review.hasLive) return { ok: false, forbidden: false, reason: 'This review is not published.' };
  if (event === 'schedule' && review.status === 'published' && !review.hasLive) {
    return { ok: false, forbidden: false, reason: 'Only a published or approved review can be scheduled.' };
  }
  if (!t.from.includes(review.status)) {
    return { ok: false, forbidden: false, reason: `A review that is ${STATE_LABELS[review.status].toLowerCase()} cannot be sent to “${t.label}”.` };
  }
  if (eventNeedsMark(event) && review.mark === null) return { ok: false, forbidden: false, reason: MARK_NEEDED };
  // Unpublishing leaves a working copy that is still in progress where it is.
  if (event === 'unpublish' && review.status !== 'published') return { ok: true, to: review.status };
  return { ok: true, to: t.to };
}

/** The events this viewer may fire now, in button order. Display only: the DAL checks again. */
export function availableEvents(review: WorkflowReview, viewer: Viewer): ReviewEvent[] {
  return REVIEW_EVENTS.filter((e) => {
    const r = applyEvent({ ...review, mark: review.mark ?? 0 }, e, viewer);
    return r.ok;
  });
}

/**
 * Whether the viewer may change the review's text and fields in its current state. The editor
 * shows everything else read-only (the mark as stars, not a control), so this is also the rule for
 * what is interactive on screen.
 */
export function canEditReview(review: WorkflowReview, viewer: Viewer): boolean {
  if (viewer.kind !== 'staff') return false;
  // Editors edit any review, in any state (PRODUCT.md): the desk copy-edits submissions.
  if (can(viewer, 'review.edit')) return true;
  if (!can(viewer, 'review.edit', { ownerId: review.authorId })) return false;
  // Authors edit their drafts, reviews sent back to them and (as a new working copy) published ones.
  return review.status === 'draft' || review.status === 'changes_requested' || review.status === 'published';
}

/**
 * The state after a save of the working copy. Editing a published review starts a new working copy
 * that must go through review again; the live revision stays public meanwhile.
 */
export function stateAfterEdit(status: ReviewState): ReviewState {
  return status === 'published' ? 'draft' : status;
}
