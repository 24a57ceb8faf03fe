import { notFound } from 'next/navigation';
import { z } from 'zod';

/** A record's id as it appears in an address: a positive integer SQLite's rowid can hold. */
export const recordIdSchema = z.coerce.number().int().positive().max(2 ** 31);

/** The `[id]` segment of a page's address, or the 404 page for anything that is not an id. */
export async function recordIdParam(params: Promise<{ id: string }>): Promise<number> {
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return id.data;
}
