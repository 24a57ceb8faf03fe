import type { Metadata } from 'next';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { PortraitField } from '@/components/admin/portrait-field';
import { ChangePasswordForm, ProfileForm } from '@/components/admin/profile-forms';
import { guarded } from '@/lib/auth/page-guard';
import { getOwnAccount } from '@/lib/dal/desk/staff';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const account = await guarded(getOwnAccount, routes.admin.profile());
  return (
    <>
      <PageHeader title="Your profile" description={`${account.name} · ${account.email}`} />
      <div className="grid max-w-3xl gap-6">
        <Panel title="Public profile">
          <ProfileForm profile={account.profile} />
        </Panel>
        {account.profile && (
          <Panel title="Portrait">
            <PortraitField penName={account.profile.penName} initial={account.profile.portrait} />
          </Panel>
        )}
        <Panel title="Password">
          <ChangePasswordForm />
        </Panel>
      </div>
    </>
  );
}
