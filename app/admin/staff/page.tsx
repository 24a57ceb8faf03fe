import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { guarded } from '@/lib/auth/page-guard';
import { listStaff } from '@/lib/dal/desk/staff';
import { ROLE_LABELS } from '@/lib/workflow-states';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Staff' };


export default async function StaffPage() {
  const staff = await guarded(listStaff, routes.admin.staff());
  return (
    <>
      <PageHeader title="Staff" description="Accounts of the critics, editors and admins.">
        <Link href={routes.admin.newStaff()} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent">
          New account
        </Link>
      </PageHeader>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Staff accounts</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wider text-ink-soft">
            <tr>
              <th scope="col" className="px-4 py-3">Name</th>
              <th scope="col" className="px-4 py-3">Email</th>
              <th scope="col" className="px-4 py-3">Role</th>
              <th scope="col" className="px-4 py-3">Pen name</th>
              <th scope="col" className="px-4 py-3">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {staff.map((s) => (
              <tr key={s.id} className={s.disabled ? 'text-ink-soft' : undefined}>
                <td className="px-4 py-3 font-medium">
                  <Link className="underline decoration-stone-300 underline-offset-4 hover:text-accent" href={routes.admin.staffMember(s.id)}>
                    {s.name}
                  </Link>
                </td>
                <td className="px-4 py-3">{s.email}</td>
                <td className="px-4 py-3">{ROLE_LABELS[s.role]}</td>
                <td className="px-4 py-3">{s.penName ?? '—'}</td>
                <td className="px-4 py-3">
                  {s.disabled ? (
                    <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium">Disabled</span>
                  ) : (
                    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">Active</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
