import type { Metadata } from 'next';
import Link from 'next/link';
import { ThemeSwitch } from '@/components/site/theme-switch';
import { headers } from 'next/headers';
import { AdminNav } from '@/components/admin/admin-nav';
import { StaffMenu } from '@/components/admin/staff-menu';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { guarded } from '@/lib/auth/page-guard';
import { countUnread } from '@/lib/dal/desk/notifications';
import { requireStaff } from '@/lib/dal/guard';
import { ROLE_LABELS } from '@/lib/workflow-states';
import { now } from '@/lib/clock';
import { SITE_TIME_ZONE } from '@/lib/dates';
import { zoneAbbreviation } from '@/lib/instants';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: { default: 'Desk', template: '%s · Bobine desk' }, robots: { index: false } };


export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const path = (await headers()).get('x-bobine-path') ?? routes.admin.home();
  const viewer = await guarded(requireStaff, path);
  const unread = await guarded(countUnread, path);
  // minmax(0, …) tracks: a wide table scrolls inside its own box instead of widening the page.
  return (
    <div className="min-h-screen bg-stone-50 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
      {/* The desk's banner: a bar with a Menu button on a phone, the sidebar from lg on. */}
      <header className="bg-masthead text-white">
        {/* The column fills the page's height; its content stays in view while the page scrolls. */}
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 lg:sticky lg:top-0 lg:block lg:max-h-screen lg:overflow-y-auto lg:p-0">
        <div className="lg:px-5 lg:py-5">
          <Link href="/" className="font-serif text-2xl font-black tracking-tight lg:text-3xl">
            Bobine
          </Link>
          <p className="text-[0.65rem] uppercase tracking-[0.25em] text-white/65 lg:mt-1 lg:text-xs">Editorial desk</p>
        </div>
        <StaffMenu>
          <div className="pb-2 pt-1 lg:px-2 lg:pb-4 lg:pt-0">
            <AdminNav viewer={viewer} unread={unread} />
          </div>
          <div className="border-t border-white/10 px-3 py-3 text-sm lg:px-5 lg:py-4">
            <p className="font-medium">{viewer.name}</p>
            <p className="text-xs text-white/65">{ROLE_LABELS[viewer.role]}</p>
            {/* Every instant on the desk is in the site's zone (lib/instants.ts): named once, here. */}
            <p className="mt-2 text-xs text-white/65" data-testid="desk-time-zone">
              Times in {SITE_TIME_ZONE} ({zoneAbbreviation(SITE_TIME_ZONE, now())})
            </p>
            <div className="-ml-3 mt-2 flex items-center gap-2">
              <SignOutButton />
              <ThemeSwitch />
            </div>
          </div>
        </StaffMenu>
        </div>
      </header>
      <main id="main" className="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
        {children}
      </main>
    </div>
  );
}
