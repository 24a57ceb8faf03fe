import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { AdminNav } from '@/components/admin/admin-nav';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { guarded } from '@/lib/auth/page-guard';
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
  return (
    <div className="min-h-screen bg-stone-50 lg:grid lg:grid-cols-[15rem_1fr]">
      <aside className="bg-ink text-white lg:min-h-screen">
        <div className="flex items-center justify-between px-5 py-5 lg:block">
          <Link href="/" className="font-serif text-3xl font-black tracking-tight">
            Bobine
          </Link>
          <p className="text-xs uppercase tracking-[0.25em] text-stone-400 lg:mt-1">Editorial desk</p>
        </div>
        <div className="px-2 pb-4">
          <AdminNav viewer={viewer} />
        </div>
        <div className="border-t border-white/10 px-5 py-4 text-sm">
          <p className="font-medium">{viewer.name}</p>
          <p className="text-xs text-stone-400">{ROLE_LABELS[viewer.role]}</p>
          {/* Every instant on the desk is in the site's zone (lib/instants.ts): named once, here. */}
          <p className="mt-2 text-xs text-stone-400" data-testid="desk-time-zone">
            Times in {SITE_TIME_ZONE} ({zoneAbbreviation(SITE_TIME_ZONE, now())})
          </p>
          <div className="-ml-3 mt-2">
            <SignOutButton />
          </div>
        </div>
      </aside>
      <main id="main" className="px-5 py-8 lg:px-10">
        {children}
      </main>
    </div>
  );
}
