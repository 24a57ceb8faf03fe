/**
 * The key that ties a passage's editorial thread to its words: the `comment` mark in the review
 * body carries it, and so does the thread's first comment (`editorial_comments.anchor`). Pure, for
 * the editor, the sanitizer and the data-access layer alike.
 */

/** Letters, digits, `_` and `-` only: a key is also spliced into a CSS attribute selector. */
const KEY = /^[A-Za-z0-9_-]{8,64}$/;

export function isCommentKey(v: unknown): v is string {
  return typeof v === 'string' && KEY.test(v);
}

/** A fresh key, made in the browser (crypto.getRandomValues works on plain http too, unlike randomUUID). */
export function newCommentKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A passage is quoted in its thread up to this many characters. */
export const QUOTE_MAX = 280;

/**
 * The passages still in a document (Tiptap JSON, stored or from the editor): each thread key with
 * the words that carry it. A thread whose key is missing had its words deleted: it is shown as
 * "passage removed", never lost.
 */
export function commentPassagesIn(doc: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 64) return;
    const n = node as { marks?: unknown; content?: unknown; text?: unknown };
    if (Array.isArray(n.marks) && typeof n.text === 'string') {
      for (const m of n.marks as { type?: unknown; attrs?: { thread?: unknown } }[]) {
        const key = m?.attrs?.thread;
        if (m?.type === 'comment' && isCommentKey(key)) found.set(key, (found.get(key) ?? '') + n.text);
      }
    }
    if (Array.isArray(n.content)) {
      for (const c of n.content) walk(c, depth + 1);
      // Words of one passage in two paragraphs are quoted with a space between them.
      if (!('text' in n)) for (const [k, v] of found) if (!v.endsWith(' ')) found.set(k, `${v} `);
    }
  };
  walk(doc, 0);
  for (const [k, v] of found) found.set(k, v.replace(/\s+/g, ' ').trim());
  return found;
}

export function commentAnchorsIn(doc: unknown): Set<string> {
  return new Set(commentPassagesIn(doc).keys());
}

/** The quote a thread keeps of its passage. */
export function quoteOf(passage: string): string {
  return passage.length > QUOTE_MAX ? `${passage.slice(0, QUOTE_MAX - 1).trimEnd()}…` : passage;
}
