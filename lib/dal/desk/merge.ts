/**
 * What people and companies share as records linked to films. Merging: when an editor folds a duplicate into the record to keep:
 * each of the duplicate's film links moves over, or collapses into the link the kept record
 * already holds; the duplicate is deleted; one audit event says what moved. What a link is and
 * how two links collapse stays with each entity (credits keep a character, companies do not).
 * Deleting: refused while the record is still on a film. Callers authorize first.
 */
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { films } from '@/db/schema';
import { recordAudit } from '../audit-log';
import { getDb, type Tx } from '../db';
import { Conflict, FieldConflict, NotFound } from '../errors';
import type { NamedTable } from './catalogue-list';

type Merged = { name: string; slug: string };

type EntityType = 'person' | 'company';

export type MergeSpec<R extends Merged, L extends { filmId: number }> = {
  entityType: EntityType;
  table: NamedTable;
  /** What NotFound says when either record has gone. */
  gone: string;
  /** The audit detail that counts the links moved (stored, so its name is kept per entity). */
  movedKey: 'movedCredits' | 'moved';
  find(tx: Tx, id: number): R | undefined;
  /** The duplicate's links. */
  links(tx: Tx, removeId: number): L[];
  /** The kept record's link that `link` would duplicate, if any. */
  clashOf(tx: Tx, link: L): L | undefined;
  /** Keeps one link of the two (the better billing) and deletes `link`. */
  collapse(tx: Tx, link: L, clash: L): void;
  /** Points `link` at the kept record. */
  move(tx: Tx, link: L): void;
  /** Anything else the kept record takes over before the duplicate goes (bio, old addresses). */
  takeOver?(tx: Tx, keep: R, remove: R): void;
};

/** Merges `removeId` into `keepId` in one transaction; returns the films touched, for revalidation. */
export function mergeRecords<R extends Merged, L extends { filmId: number }>(
  actorId: number,
  keepId: number,
  removeId: number,
  spec: MergeSpec<R, L>,
): { filmSlugs: string[] } {
  if (keepId === removeId) throw new FieldConflict('removeId', 'Choose a different record to merge.');
  return getDb().transaction((tx) => {
    const keep = spec.find(tx, keepId);
    const remove = spec.find(tx, removeId);
    if (!keep || !remove) throw new NotFound(spec.gone);
    const moving = spec.links(tx, removeId);
    let collapsed = 0;
    for (const link of moving) {
      const clash = spec.clashOf(tx, link);
      if (clash) {
        collapsed++;
        spec.collapse(tx, link, clash);
      } else {
        spec.move(tx, link);
      }
    }
    spec.takeOver?.(tx, keep, remove);
    tx.delete(spec.table).where(eq(spec.table.id, removeId)).run();
    recordAudit(
      {
        actorId,
        action: `${spec.entityType}.merged`,
        entityType: spec.entityType,
        entityId: keepId,
        details: { removedId: removeId, removedName: remove.name, removedSlug: remove.slug, [spec.movedKey]: moving.length - collapsed, collapsed },
      },
      tx,
    );
    const filmIds = [...new Set(moving.map((l) => l.filmId))];
    const filmSlugs = filmIds.length ? tx.select({ slug: films.slug }).from(films).where(inArray(films.id, filmIds)).all().map((f) => f.slug) : [];
    return { filmSlugs };
  });
}

/** Deletes a record that no film lists any more; while `filmCount` finds one, refuses with `refusal`. */
export function deleteUnlinked(
  actorId: number,
  kind: { entityType: EntityType; table: NamedTable; gone: string },
  id: number,
  filmCount: (tx: Tx, id: number) => number,
  refusal: (name: string, filmCount: number) => string,
): void {
  const { table } = kind;
  getDb().transaction((tx) => {
    const record = tx.select({ id: table.id, name: table.name }).from(table).where(eq(table.id, id)).get() as { id: number; name: string } | undefined;
    if (!record) throw new NotFound(kind.gone);
    const n = filmCount(tx, id);
    if (n > 0) throw new Conflict(refusal(record.name, n));
    tx.delete(table).where(eq(table.id, id)).run();
    recordAudit({ actorId, action: `${kind.entityType}.deleted`, entityType: kind.entityType, entityId: id, details: { name: record.name } }, tx);
  });
}
