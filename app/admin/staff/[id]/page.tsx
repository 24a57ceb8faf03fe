import type { Metadata } from 'next';
import { PageHeader, Panel } from '@/components/admin/page-header';
import { PortraitField } from '@/components/admin/portrait-field';
import { DisableForm, ResetPasswordForm, RoleForm } from '@/components/admin/staff-forms';
import { guarded } from '@/lib/auth/page-guard';
import { getStaffMember } from '@/lib/dal/desk/staff';
import { getStaffPortrait } from '@/lib/dal/desk/portraits';
import { siteUrl } from '@/lib/env';
import { recordIdParam } from '@/lib/validation/record-id';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Account' };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await recordIdParam(params);
  const [member, portrait] = await guarded(() => Promise.all([getStaffMember(id), getStaffPortrait(id)]), routes.admin.staffMember(id));
  return (
    <>
      <PageHeader title={member.name} description={`${member.email}${member.disabled ? ' · disabled' : ''}`} />
      <div className="grid max-w-4xl gap-6">
        <Panel title="Role">
          <RoleForm userId={member.id} role={member.role} />
        </Panel>
        {member.penName && (
          <Panel title="Portrait">
            <PortraitField penName={member.penName} initial={portrait} userId={member.id} />
          </Panel>
        )}
        <Panel title="Password">
          <p className="mb-4 text-sm text-ink-soft">Resetting replaces the password and signs the person out everywhere.</p>
          <ResetPasswordForm userId={member.id} origin={siteUrl()} />
        </Panel>
        <Panel title="Access">
          <p className="mb-4 text-sm text-ink-soft">
            {member.disabled
              ? 'This account is disabled: it cannot sign in. Its reviews stay as they are.'
              : 'A disabled account cannot sign in, and its open sessions stop working at once.'}
          </p>
          <DisableForm userId={member.id} disabled={member.disabled} />
        </Panel>
      </div>
    </>
  );
}
