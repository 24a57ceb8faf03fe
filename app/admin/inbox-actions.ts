'use server';

import { redirect } from 'next/navigation';
import { recordIdSchema } from '@/lib/validation/record-id';
import { markAllNotificationsRead, markNotificationsRead } from '@/lib/dal/desk/notifications';
import { NotSignedIn } from '@/lib/dal/errors';
import { assertForm, forbidIfNotAllowed } from '@/lib/forms';
import { routes } from '@/lib/routes';
import { markStale, staleAfter } from '@/lib/stale';

async function inbox(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    forbidIfNotAllowed(e);
    if (e instanceof NotSignedIn) redirect(routes.login(routes.admin.home()));
    throw e;
  }
  markStale(staleAfter.inboxRead());
}

/** Marks one of the viewer's inbox events read (the DAL ignores an id that is not theirs). */
export async function markReadAction(formData: FormData): Promise<void> {
  assertForm(formData);
  const id = recordIdSchema.safeParse(formData.get('id'));
  if (!id.success) return;
  await inbox(() => markNotificationsRead([id.data]));
}

export async function markAllReadAction(formData: FormData): Promise<void> {
  assertForm(formData);
  await inbox(markAllNotificationsRead);
}
