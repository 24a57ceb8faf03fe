/**
 * A readable word-level diff for review revisions: the text of each version is split into words
 * (keeping spaces and line breaks as tokens) and aligned with a longest-common-subsequence table.
 * The unchanged start is set aside first (the walk below would match it token by token anyway), so
 * the table only covers the text from the first edit on; past a bound (48 MB of table) that part
 * is shown as "removed, then added" instead.
 */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** One step of an alignment of two token lists: indexes into `a` (removed), `b` (added) or both. */
export type AlignStep = { kind: 'same'; a: number; b: number } | { kind: 'removed'; a: number } | { kind: 'added'; b: number };

const MAX_CELLS = 12_000_000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/** Aligns two token lists (compared by value) along a longest common subsequence. */
export function alignTokens(a: readonly string[], b: readonly string[]): AlignStep[] {
  const steps: AlignStep[] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) steps.push({ kind: 'same', a: head, b: head++ });
  const n = a.length - head;
  const m = b.length - head;
  if (n * m > MAX_CELLS) {
    for (let i = head; i < a.length; i++) steps.push({ kind: 'removed', a: i });
    for (let j = head; j < b.length; j++) steps.push({ kind: 'added', b: j });
    return steps;
  }
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[head + i] === b[head + j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[head + i] === b[head + j]) steps.push({ kind: 'same', a: head + i++, b: head + j++ });
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) steps.push({ kind: 'removed', a: head + i++ });
    else steps.push({ kind: 'added', b: head + j++ });
  }
  while (i < n) steps.push({ kind: 'removed', a: head + i++ });
  while (j < m) steps.push({ kind: 'added', b: head + j++ });
  return steps;
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts: DiffPart[] = [];
  for (const step of alignTokens(a, b)) {
    const kind = step.kind;
    const text = step.kind === 'added' ? b[step.b]! : a[step.a]!;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}
