import Link from 'next/link';
import { can, type Action, type Viewer } from '@/lib/auth/permissions';
import { routes } from '@/lib/routes';

const ITEMS: { href: string; label: string; action: Action }[] = [
  { href: routes.admin.home(), label: 'Dashboard', action: 'admin.enter' },
  { href: routes.admin.queue(), label: 'Review queue', action: 'queue.read' },
  { href: routes.admin.media(), label: 'Media library', action: 'media.read' },
  { href: routes.admin.films(), label: 'Films', action: 'catalogue.manage' },
  { href: routes.admin.people(), label: 'People', action: 'catalogue.manage' },
  { href: routes.admin.companies(), label: 'Companies', action: 'catalogue.manage' },
  { href: routes.admin.staff(), label: 'Staff', action: 'staff.manage' },
  { href: routes.admin.audit(), label: 'Audit log', action: 'audit.read' },
  { href: routes.admin.profile(), label: 'Profile', action: 'profile.edit' },
];

/** What the staff member may open. Display only: each page checks again through the DAL. */
export function AdminNav({ viewer, unread = 0 }: { viewer: Viewer; unread?: number }) {
  return (
    <nav aria-label="Staff">
      <ul className="space-y-1">
        {ITEMS.filter((i) => can(viewer, i.action)).map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded-md px-3 py-2 text-sm font-medium text-white/80 hover:bg-white/10 hover:text-white">
              {item.label}
              {/*
               * The inbox lives on the dashboard: its unread count rides on that link. The badge is
               * for the eye; the name says it in words ("Dashboard, 2 unread") without an aria-label,
               * which would no longer contain the visible text (axe: label-content-name-mismatch).
               */}
              {item.href === routes.admin.home() && unread > 0 && (
                <>
                  <span aria-hidden="true" data-testid="nav-unread" className="ml-2 inline-flex min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-bold text-paper">
                    {unread}
                  </span>
                  <span className="sr-only">, {unread} unread</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
