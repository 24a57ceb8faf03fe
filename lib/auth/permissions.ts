/**
 * Who may do what, as one table. Pure: no database, no Next.js. The data-access layer asks `can()`
 * before every read and write that is not public; the interface may ask it too, but only to decide
 * what to show. The Playwright authorization matrix is generated from this same table.
 */
import type { StaffRole } from '../workflow-states';

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'staff'; id: number; role: StaffRole; name: string; email: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

type Rule = {
  /** Roles allowed on any record. */
  any: readonly StaffRole[];
  /** Roles allowed only on records they own (their own review, their own comment). */
  own?: readonly StaffRole[];
  description: string;
};

const ALL: readonly StaffRole[] = ['reviewer', 'editor', 'admin'];
const DESK: readonly StaffRole[] = ['editor', 'admin'];

export const PERMISSIONS = {
  'admin.enter': { any: ALL, description: 'Open the staff area' },
  'profile.edit': { any: ALL, description: 'Change own password and public profile' },
  'review.create': { any: ALL, description: 'Start a review of a film' },
  'review.read': { any: DESK, own: ALL, description: 'Read an unpublished review (draft, in review, preview)' },
  'review.edit': { any: DESK, own: ALL, description: 'Edit a review’s text and fields' },
  // Sending a review to the desk and taking it back are the author's acts, whatever their role: an
  // editor who just requested changes must not be offered "Submit for review" in the author's place.
  'review.submit': { any: [], own: ALL, description: 'Submit one’s own review for review' },
  'review.withdraw': { any: [], own: ALL, description: 'Withdraw one’s own submission' },
  'review.comment': { any: DESK, own: ALL, description: 'Comment on a review' },
  // Workflow events are spelled as in lib/workflow.ts: `review.<event>`.
  'review.request_changes': { any: DESK, description: 'Send a review back with requested changes' },
  'review.approve': { any: DESK, description: 'Approve a review' },
  'review.publish': { any: DESK, description: 'Publish a review now or schedule it' },
  'review.unpublish': { any: DESK, description: 'Unpublish a review' },
  'queue.read': { any: DESK, description: 'See the review queue' },
  'catalogue.manage': { any: DESK, description: 'Create and edit films, people and companies' },
  // The media library is the house's: every writer may browse it, upload, and put its images in
  // the reviews they may edit; editors look after every image, a critic after their own uploads.
  'media.read': { any: ALL, description: 'Browse the media library and pick images from it' },
  'media.upload': { any: ALL, description: 'Upload images to the media library' },
  'media.edit': { any: DESK, own: ALL, description: 'Change an image’s alt text, caption and credit' },
  'media.delete': { any: DESK, own: ALL, description: 'Delete an image that nothing uses' },
  'staff.manage': { any: ['admin'], description: 'Create accounts, change roles, disable, reset passwords' },
  'audit.read': { any: ['admin'], description: 'Read the audit log' },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** The owner of the record an action is about, when ownership matters. */
export type Resource = { ownerId: number | null };

export function can(viewer: Viewer, action: Action, resource?: Resource): boolean {
  if (viewer.kind !== 'staff') return false;
  const rule: Rule = PERMISSIONS[action];
  if (rule.any.includes(viewer.role)) return true;
  return Boolean(rule.own?.includes(viewer.role) && resource && resource.ownerId === viewer.id);
}
