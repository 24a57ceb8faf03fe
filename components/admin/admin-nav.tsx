import Link from 'next/link';
import { can, type Action, type Viewer } from '@/lib/auth/permissions';

const ITEMS: { href: string; label: string; action: Action }[] = [
  { href: '/admin', label: 'Dashboard', action: 'admin.enter' },
  { href: '/admin/queue', label: 'Review queue', action: 'queue.read' },
  { href: '/admin/films', label: 'Films', action: 'catalogue.manage' },
  { href: '/admin/people', label: 'People', action: 'catalogue.manage' },
  { href: '/admin/companies', label: 'Companies', action: 'catalogue.manage' },
  { href: '/admin/staff', label: 'Staff', action: 'staff.manage' },
  { href: '/admin/audit', label: 'Audit log', action: 'audit.read' },
  { href: '/admin/profile', label: 'Profile', action: 'profile.edit' },
];

/** What the staff member may open. Display only: each page checks again through the DAL. */
export function AdminNav({ viewer }: { viewer: Viewer }) {
  return (
    <nav aria-label="Staff">
      <ul className="space-y-1">
        {ITEMS.filter((i) => can(viewer, i.action)).map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded-md px-3 py-2 text-sm font-medium text-stone-300 hover:bg-white/10 hover:text-white">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
