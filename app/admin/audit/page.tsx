import type { Metadata } from 'next';
import { z } from 'zod';
import { PageHeader } from '@/components/admin/page-header';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-controls';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guarded } from '@/lib/auth/page-guard';
import { AUDIT_ACTIONS } from '@/lib/dal/audit-log';
import { listAuditEvents } from '@/lib/dal/desk/audit';
import { listStaffNames } from '@/lib/dal/desk/staff';
import { formatInstant } from '@/lib/dates';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Audit log' };

const filterSchema = z.object({
  actor: z.coerce.number().int().positive().optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = filterSchema.parse(await searchParams);
  const [{ events, pageCount }, people] = await guarded(
    () => Promise.all([listAuditEvents({ actorId: filter.actor, action: filter.action, page: filter.page }), listStaffNames()]),
    routes.admin.audit(),
  );
  return (
    <>
      <PageHeader title="Audit log" description="Who did what, newest first." />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4" role="search" aria-label="Filter the audit log">
        <div>
          <label htmlFor="actor" className="block text-sm font-medium">
            Person
          </label>
          <select id="actor" name="actor" defaultValue={filter.actor ?? ''} className={inputClass}>
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Action
          </label>
          <select id="action" name="action" defaultValue={filter.action ?? ''} className={inputClass}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <Table caption="Audit events">
        <TableHeader>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Record</TableHead>
          <TableHead>Details</TableHead>
        </TableHeader>
        <TableBody>
          {events.length === 0 && <TableEmpty colSpan={5}>No event matches.</TableEmpty>}
          {events.map((e) => (
            <TableRow key={e.id}>
              <TableCell pad="sm" className="whitespace-nowrap">
                <time dateTime={e.at.toISOString()}>{formatInstant(e.at)}</time>
              </TableCell>
              <TableCell pad="sm">{e.actor?.name ?? <span className="text-ink-soft">—</span>}</TableCell>
              <TableCell pad="sm" className="font-mono text-xs">
                {e.action}
              </TableCell>
              <TableCell pad="sm">{e.entityType ? `${e.entityType} #${e.entityId}` : '—'}</TableCell>
              <TableCell pad="sm" className="max-w-xs truncate font-mono text-xs text-ink-soft">
                {[e.details ? JSON.stringify(e.details) : null, e.ip ? `ip ${e.ip}` : null].filter(Boolean).join(' · ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Pagination
        page={filter.page}
        pageCount={pageCount}
        basePath={routes.admin.audit()}
        params={{ actor: filter.actor ? String(filter.actor) : undefined, action: filter.action }}
      />
    </>
  );
}
