/**
 * The states a review's working copy can be in. Kept apart from lib/workflow.ts (the transitions)
 * so that db/schema.ts can import the list without pulling in the rules.
 *
 * "Scheduled" is not a state: it is a published review whose publication time is still ahead,
 * derived from `published_at` at read time so that no cron is needed.
 */
export const REVIEW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const STAFF_ROLES = ['reviewer', 'editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const ROLE_LABELS: Record<StaffRole, string> = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };
