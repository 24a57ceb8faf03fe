/**
 * A readable word-level diff for review revisions: the text of each version is split into words
 * (keeping spaces and line breaks as tokens) and aligned with a longest-common-subsequence table.
 * The unchanged start is set aside first (the walk below would match it token by token anyway), so
 * the table only covers the text from the first edit on; past a bound (48 MB of table) that part
 * is shown as "removed, then added" instead.
 */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_CELLS = 12_000_000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

export function diffWords(before: string, after: string): DiffPart[] {
  const all = { a: tokens(before), b: tokens(after) };
  let head = 0;
  while (head < all.a.length && head < all.b.length && all.a[head] === all.b[head]) head++;
  const a = all.a.slice(head);
  const b = all.b.slice(head);

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', all.a.slice(0, head).join(''));
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    push('removed', a.join(''));
    push('added', b.join(''));
  } else {
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) {
        push('same', a[i]!);
        i++;
        j++;
      } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push('removed', a[i++]!);
      else push('added', b[j++]!);
    }
    while (i < n) push('removed', a[i++]!);
    while (j < m) push('added', b[j++]!);
  }
  return parts;
}
