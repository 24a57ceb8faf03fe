import type { Metadata } from 'next';
import { z } from 'zod';
import { PageHeader } from '@/components/admin/page-header';
import { inputClass, secondaryButtonClass } from '@/components/ui/form-controls';
import { Pagination } from '@/components/ui/pagination';
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
        <button type="submit" className={secondaryButtonClass}>
          Filter
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wider text-ink-soft">
            <tr>
              <th scope="col" className="px-4 py-3">When</th>
              <th scope="col" className="px-4 py-3">Who</th>
              <th scope="col" className="px-4 py-3">Action</th>
              <th scope="col" className="px-4 py-3">Record</th>
              <th scope="col" className="px-4 py-3">Details</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {events.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-ink-soft">
                  No event matches.
                </td>
              </tr>
            )}
            {events.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap px-4 py-2.5">
                  <time dateTime={e.at.toISOString()}>{formatInstant(e.at)}</time>
                </td>
                <td className="px-4 py-2.5">{e.actor?.name ?? <span className="text-ink-soft">—</span>}</td>
                <td className="px-4 py-2.5 font-mono text-xs">{e.action}</td>
                <td className="px-4 py-2.5">{e.entityType ? `${e.entityType} #${e.entityId}` : '—'}</td>
                <td className="max-w-xs truncate px-4 py-2.5 font-mono text-xs text-ink-soft">
                  {[e.details ? JSON.stringify(e.details) : null, e.ip ? `ip ${e.ip}` : null].filter(Boolean).join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={filter.page}
        pageCount={pageCount}
        basePath={routes.admin.audit()}
        params={{ actor: filter.actor ? String(filter.actor) : undefined, action: filter.action }}
      />
    </>
  );
}
