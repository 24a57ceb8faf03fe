/**
 * Writing the audit log: who did what to which record, and when. No guard and no viewer here:
 * sign-in records events before any session exists, and lib/auth depends on sign-in, so this
 * module must not reach lib/auth/viewer.ts (reading the log is desk/audit.ts).
 */
import 'server-only';
import { auditEvents } from '@/db/schema';
import { now } from '@/lib/clock';
import { eventAuditAction, REVIEW_EVENTS } from '@/lib/workflow';
import { getDb } from './db';

export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'staff.created',
  'staff.role_changed',
  'staff.disabled',
  'staff.enabled',
  'staff.password_reset',
  'staff.password_link',
  'staff.password_set',
  'staff.password_changed',
  'staff.profile_updated',
  'review.created',
  'review.saved',
  // One per workflow event, spelled `review.<event>` (these strings are stored in audit_events).
  ...REVIEW_EVENTS.map(eventAuditAction),
  'review.comment',
  'film.created',
  'film.updated',
  'person.created',
  'person.updated',
  'person.merged',
  'person.deleted',
  'company.created',
  'company.updated',
  'company.merged',
  'company.deleted',
  'media.uploaded',
  'media.updated',
  'media.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditInput = {
  actorId: number | null;
  action: AuditAction;
  entityType?: 'user' | 'review' | 'film' | 'person' | 'company' | 'media';
  entityId?: number;
  details?: Record<string, unknown>;
  ip?: string;
};

type Writer = Pick<ReturnType<typeof getDb>, 'insert'>;

/** Appends an event. Pass the transaction when the event belongs to a write. */
export function recordAudit(event: AuditInput, tx: Writer = getDb()) {
  return tx
    .insert(auditEvents)
    .values({
      at: now(),
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      details: event.details ?? null,
      ip: event.ip ?? null,
    })
    .run();
}
