/**
 * Every staff DAL entry point × every kind of viewer: allowed or refused exactly as the permission
 * table says, and a refusal changes nothing in the database.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { can, type Action, type Viewer } from '@/lib/auth/permissions';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { NotAllowed, NotSignedIn } from './errors';

const { db, sqlite } = useTempDatabase();

type Who = 'anonymous' | 'reviewerA' | 'reviewerB' | 'editor' | 'admin' | 'disabled';
const WHO: Who[] = ['anonymous', 'reviewerA', 'reviewerB', 'editor', 'admin', 'disabled'];
const ids = {} as Record<Who, number | null>;

/** Everything except the audit log, which allowed calls append to. */
function snapshot(): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}"`).all()]));
}

function viewerOf(who: Who): Viewer {
  if (who === 'anonymous' || who === 'disabled') return { kind: 'anonymous' };
  const role = who === 'admin' ? 'admin' : who === 'editor' ? 'editor' : 'reviewer';
  return { kind: 'staff', id: ids[who]!, role, name: who, email: `${who}@x` };
}

let counter = 0;
type Op = { name: string; action: Action; owner?: (who: Who) => number | null; run: (who: Who) => Promise<unknown> };

let dal: {
  staff: typeof import('./staff');
  audit: typeof import('./audit');
};

const OPS: Op[] = [
  { name: 'listStaff', action: 'staff.manage', run: () => dal.staff.listStaff() },
  { name: 'getStaffMember', action: 'staff.manage', run: () => dal.staff.getStaffMember(ids.reviewerB!) },
  {
    name: 'createStaff',
    action: 'staff.manage',
    run: () =>
      dal.staff.createStaff({
        email: `new${++counter}@bobine.test`,
        name: 'New Person',
        role: 'reviewer',
        penName: '',
        passwordMode: 'link',
        temporaryPassword: '',
      }),
  },
  { name: 'changeRole', action: 'staff.manage', run: () => dal.staff.changeRole(ids.reviewerB!, 'reviewer') },
  { name: 'setDisabled', action: 'staff.manage', run: () => dal.staff.setDisabled(ids.reviewerB!, false) },
  { name: 'resetPassword', action: 'staff.manage', run: () => dal.staff.resetPassword(ids.disabled!, 'link') },
  { name: 'listAuditEvents', action: 'audit.read', run: () => dal.audit.listAuditEvents({ page: 1 }) },
  { name: 'listStaffNames', action: 'audit.read', run: () => dal.staff.listStaffNames() },
  { name: 'getOwnAccount', action: 'profile.edit', run: () => dal.staff.getOwnAccount() },
  {
    name: 'updateOwnProfile',
    action: 'profile.edit',
    run: (who) => dal.staff.updateOwnProfile({ penName: `Pen ${who}`, slug: `pen-${who.toLowerCase()}`, bio: '' }),
  },
  {
    name: 'changeOwnPassword',
    action: 'profile.edit',
    run: (who) => dal.staff.changeOwnPassword(`pw-${who}-0123456789`, `pw-${who}-0123456789`),
  },
];

beforeAll(async () => {
  await seedDemo(db, []);
  const { hashPassword } = await import('@/lib/auth/password');
  const byEmail = async (email: string) => (await db.select().from(users).where(eq(users.email, email)).get())!.id;
  ids.anonymous = null;
  ids.reviewerA = await byEmail('mulder@bobine.test');
  ids.reviewerB = await byEmail('sabine@bobine.test');
  ids.editor = await byEmail('editor@bobine.test');
  ids.admin = await byEmail('admin@bobine.test');
  const disabled = await db
    .insert(users)
    .values({ email: 'gone@bobine.test', name: 'Gone', role: 'admin', disabledAt: new Date() })
    .returning({ id: users.id })
    .get();
  ids.disabled = disabled.id;
  // Known passwords so that changeOwnPassword can succeed for those allowed to call it.
  for (const who of WHO) {
    if (ids[who]) await db.update(users).set({ passwordHash: await hashPassword(`pw-${who}-0123456789`) }).where(eq(users.id, ids[who]!));
  }
  dal = { staff: await import('./staff'), audit: await import('./audit') };
});

describe('permission matrix', () => {
  for (const op of OPS) {
    for (const who of WHO) {
      const viewer = () => viewerOf(who);
      it(`${op.name} as ${who}`, async () => {
        actAs(ids[who]);
        const allowed = can(viewer(), op.action, op.owner ? { ownerId: op.owner(who) } : undefined);
        if (allowed) {
          await expect(op.run(who)).resolves.not.toThrow();
        } else {
          const before = snapshot();
          const error = await op.run(who).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(viewer().kind === 'anonymous' ? NotSignedIn : NotAllowed);
          expect(snapshot()).toBe(before);
        }
      });
    }
  }
});
