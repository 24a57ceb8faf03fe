/**
 * `npm run create-admin -- --email you@example.org [--name "Your Name"] [--password …]`
 * Creates the first admin of a real deployment (or restores admin access to an existing account).
 * Without --password it asks for one on a terminal, or generates one and prints it.
 * This runs at the console, outside any request: the operator is the authority, so it writes
 * directly rather than through the request-scoped data-access layer.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db';
import { applyMigrations } from '../db/migrate';
import { auditEvents, users } from '../db/schema';
import { generatePassword, hashPassword } from '../lib/auth/password';
import { databasePath } from '../lib/env';
import { emailSchema, passwordSchema } from '../lib/validation/staff';

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) {
    console.error('Usage: npm run create-admin -- --email you@example.org [--name "Your Name"] [--password …]');
    process.exit(2);
  }
  let password = values.password;
  let generated = false;
  if (!password && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = (await rl.question('Password (leave empty to generate one): ')).trim();
    rl.close();
  }
  if (!password) {
    password = generatePassword();
    generated = true;
  }
  const ok = passwordSchema.safeParse(password);
  if (!ok.success) {
    console.error(ok.error.issues[0]!.message);
    process.exit(2);
  }

  const { db, sqlite } = openDatabase(databasePath());
  applyMigrations(db);
  const passwordHash = await hashPassword(password);
  const name = values.name?.trim() || email.data.split('@')[0]!;
  const result = db.transaction((tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email.data)).get();
    if (existing) {
      tx.update(users)
        .set({ role: 'admin', disabledAt: null, passwordHash, sessionsValidAfter: new Date() })
        .where(eq(users.id, existing.id))
        .run();
      tx.insert(auditEvents)
        .values({ action: 'staff.password_reset', entityType: 'user', entityId: existing.id, details: { via: 'create-admin' } })
        .run();
      return { created: false };
    }
    const user = tx.insert(users).values({ email: email.data, name, role: 'admin', passwordHash }).returning({ id: users.id }).get();
    tx.insert(auditEvents)
      .values({ action: 'staff.created', entityType: 'user', entityId: user.id, details: { email: email.data, role: 'admin', via: 'create-admin' } })
      .run();
    return { created: true };
  });
  sqlite.close();
  console.log(`${result.created ? 'Created admin' : 'Restored admin access for'} ${email.data}.`);
  if (generated) console.log(`Password: ${password}\nKeep it safe: it is not shown again.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
