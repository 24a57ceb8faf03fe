/**
 * The dashboard's groups of a staff member's own reviews, by where they stand, and how they page.
 * Defined once: the DAL turns each group into its condition (lib/dal/desk/reviews.ts,
 * `listMyReviewGroups`), the dashboard into a titled, paged table. A critic with a thousand
 * published reviews gets twenty a page, not one 7 MB table.
 */
import { z } from 'zod';
import type { ReviewState } from './workflow-states';

export type MyReviewGroupDef = {
  key: string;
  title: string;
  empty: string;
  status: ReviewState;
  /** For published reviews: only those whose publication time is still ahead (true), or past (false). */
  scheduled?: boolean;
  /** Shown only when it holds something. */
  hideWhenEmpty?: boolean;
};

export const MY_REVIEW_GROUPS = [
  { key: 'drafts', title: 'Drafts', empty: 'No draft.', status: 'draft' },
  { key: 'changes', title: 'Changes requested', empty: 'Nothing sent back to you.', status: 'changes_requested' },
  { key: 'in-review', title: 'In review', empty: 'Nothing waiting for an editor.', status: 'in_review' },
  { key: 'approved', title: 'Approved', empty: 'Nothing approved and waiting.', status: 'approved', hideWhenEmpty: true },
  { key: 'scheduled', title: 'Scheduled', empty: 'Nothing scheduled.', status: 'published', scheduled: true, hideWhenEmpty: true },
  { key: 'published', title: 'Published', empty: 'Nothing published yet.', status: 'published', scheduled: false },
] as const satisfies readonly MyReviewGroupDef[];

export type MyReviewGroupKey = (typeof MY_REVIEW_GROUPS)[number]['key'];

export const MY_REVIEWS_PAGE_SIZE = 20;

const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);

/** Each group's page, from the dashboard's address (`/admin?published=3`); nonsense reads as page 1. */
export const myReviewPagesSchema = z.object(
  Object.fromEntries(MY_REVIEW_GROUPS.map((g) => [g.key, pageNumber])) as Record<MyReviewGroupKey, typeof pageNumber>,
);
export type MyReviewPages = z.infer<typeof myReviewPagesSchema>;
