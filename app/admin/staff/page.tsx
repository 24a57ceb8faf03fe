import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/page-header';
import { buttonVariants } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guarded } from '@/lib/auth/page-guard';
import { listStaff } from '@/lib/dal/desk/staff';
import { routes } from '@/lib/routes';
import { ROLE_LABELS } from '@/lib/workflow-states';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const staff = await guarded(listStaff, routes.admin.staff());
  return (
    <>
      <PageHeader title="Staff" description="Accounts of the critics, editors and admins.">
        <Link href={routes.admin.newStaff()} className={buttonVariants('primary')}>
          New account
        </Link>
      </PageHeader>
      <Table caption="Staff accounts">
        <TableHeader>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Pen name</TableHead>
          <TableHead>Status</TableHead>
        </TableHeader>
        <TableBody>
          {staff.map((s) => (
            <TableRow key={s.id} className={s.disabled ? 'text-ink-soft' : undefined}>
              <TableCell className="font-medium">
                <Link className="underline decoration-stone-300 underline-offset-4 hover:text-accent" href={routes.admin.staffMember(s.id)}>
                  {s.name}
                </Link>
              </TableCell>
              <TableCell>{s.email}</TableCell>
              <TableCell>{ROLE_LABELS[s.role]}</TableCell>
              <TableCell>{s.penName ?? '—'}</TableCell>
              <TableCell>
                {s.disabled ? (
                  <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium">Disabled</span>
                ) : (
                  <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">Active</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
