/**
 * Reordering rows that live in one flat list but are shown in groups (credits by role, companies
 * by role): a row only ever moves among the rows of its own group, and the other groups keep
 * their order. Used by the move buttons (keyboard) and by drag and drop (pointer).
 */

/** Moves the item at `index` one step (`delta`) among the items that share its group. */
export function moveWithin<T>(rows: T[], index: number, delta: -1 | 1, sameGroup: (a: T, b: T) => boolean): T[] {
  const row = rows[index];
  if (row === undefined) return rows;
  let target = index + delta;
  while (target >= 0 && target < rows.length && !sameGroup(rows[target]!, row)) target += delta;
  if (target < 0 || target >= rows.length) return rows;
  const next = [...rows];
  next[index] = rows[target]!;
  next[target] = row;
  return next;
}

/**
 * Moves the row keyed `from` to the place of the row keyed `to`: dropped on a row below, it lands
 * after it; on a row above, before it. Rows of different groups are never mixed.
 */
export function moveOnto<T extends { key: string }>(rows: T[], from: string, to: string, sameGroup: (a: T, b: T) => boolean): T[] {
  const i = rows.findIndex((r) => r.key === from);
  const j = rows.findIndex((r) => r.key === to);
  if (i < 0 || j < 0 || i === j || !sameGroup(rows[i]!, rows[j]!)) return rows;
  const next = [...rows];
  const [row] = next.splice(i, 1);
  next.splice(j, 0, row!);
  return next;
}
