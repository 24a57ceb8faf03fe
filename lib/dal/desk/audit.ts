/** Reading the audit log: admins only. */
import 'server-only';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { auditEvents, users } from '@/db/schema';
import type { AuditAction } from '../audit-log';
import { getDb } from '../db';
import { authorize } from '../guard';
import type { AuditRow } from '../types';

export const AUDIT_PAGE_SIZE = 25;

/** Newest first, filterable by person and action; admins only. */
export async function listAuditEvents(filter: { actorId?: number; action?: AuditAction; page: number }) {
  await authorize('audit.read');
  const db = getDb();
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        action: auditEvents.action,
        actorId: users.id,
        actorName: users.name,
        actorEmail: users.email,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        details: auditEvents.details,
        ip: auditEvents.ip,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  const events: AuditRow[] = rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    actor: r.actorId ? { id: r.actorId, name: r.actorName!, email: r.actorEmail! } : null,
    entityType: r.entityType,
    entityId: r.entityId,
    details: r.details ?? null,
    ip: r.ip,
  }));
  return { events, total: total?.n ?? 0, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / AUDIT_PAGE_SIZE)) };
}
