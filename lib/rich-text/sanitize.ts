/**
 * Turns any JSON into a document made only of allow-listed nodes, marks and attributes. Whatever a
 * client sends (or an old row holds) goes through here before it is stored or rendered: unknown
 * nodes are unwrapped to their text, unknown marks and attributes are dropped, bad links lose their
 * link mark. The result is always a valid RichDoc.
 */
import {
  HEADING_LEVELS,
  IMAGE_LAYOUTS,
  IMAGE_TEXT_LIMITS,
  type ImageLayout,
  type RichImage,
  safeHref,
  type RichBlock,
  type RichDoc,
  type RichInline,
  type RichListItem,
  type RichMark,
} from './allow-list';
import { isCommentKey } from './comment-key';

const MAX_DEPTH = 12;
const MAX_TEXT = 200_000;

export type SanitizeOptions = {
  /**
   * Whether an id names an image of Bobine's own library. The save path passes the ids that exist,
   * so a stored document never points at anything else; without it, any well-formed id is kept
   * (the renderer draws only the ids it finds in the library).
   */
  isOwnMedia?: (mediaId: number) => boolean;
  /**
   * Keep the desk's `comment` marks (a passage's editorial thread). Only the desk's own reads and
   * saves ask for them; the default, used by every public page, drops them.
   */
  comments?: boolean;
};

type Json = { type?: unknown; content?: unknown; text?: unknown; marks?: unknown; attrs?: unknown };

function asNode(v: unknown): Json | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
}

function children(v: Json): unknown[] {
  return Array.isArray(v.content) ? v.content : [];
}

function sanitizeMarks(marks: unknown, options: SanitizeOptions): RichMark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const out: RichMark[] = [];
  const seen = new Set<string>();
  for (const m of marks) {
    const mark = asNode(m);
    if (!mark || typeof mark.type !== 'string' || seen.has(mark.type)) continue;
    if (mark.type === 'comment') {
      // Several threads may cover the same words: one mark per thread, each key checked.
      const thread = asNode(mark.attrs)?.['thread' as keyof Json];
      if (options.comments && isCommentKey(thread) && !seen.has(`comment:${thread}`)) {
        out.push({ type: 'comment', attrs: { thread } });
        seen.add(`comment:${thread}`);
      }
    } else if (mark.type === 'bold' || mark.type === 'italic' || mark.type === 'strike') {
      out.push({ type: mark.type });
      seen.add(mark.type);
    } else if (mark.type === 'link') {
      const href = safeHref(asNode(mark.attrs)?.['href' as keyof Json]);
      if (href) {
        out.push({ type: 'link', attrs: { href } });
        seen.add('link');
      }
    }
  }
  return out.length ? out : undefined;
}

function sanitizeInline(nodes: unknown[], depth: number, options: SanitizeOptions): RichInline[] {
  const out: RichInline[] = [];
  for (const n of nodes) {
    const node = asNode(n);
    if (!node) continue;
    if (node.type === 'text' && typeof node.text === 'string') {
      const text = node.text.slice(0, MAX_TEXT);
      if (!text) continue;
      const marks = sanitizeMarks(node.marks, options);
      out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
    } else if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' });
    } else if (depth < MAX_DEPTH) {
      // Unknown inline wrapper (an image, a mention, pasted markup): keep only its text.
      out.push(...sanitizeInline(children(node), depth + 1, options));
    }
  }
  return mergeText(out);
}

/**
 * Joins neighbouring text of the same marks, as the editor itself stores it: once a comment mark
 * is dropped, its words and their neighbours are one text again (the same document whether or not
 * the desk commented on it, so comparing versions never sees a comment as a change).
 */
function mergeText(nodes: RichInline[]): RichInline[] {
  const out: RichInline[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? [])) {
      out[out.length - 1] = { ...last, text: last.text + n.text };
    } else out.push(n);
  }
  return out;
}

function plainText(v: unknown, max: number): string {
  // Control characters have no business in alt text or a caption (and would end up in attributes).
   
  return typeof v === 'string' ? v.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, max) : '';
}

/**
 * The one image node: a library id and the figure's words, nothing else. Whatever else the JSON
 * carries (src, srcset, href, style, event handlers) is not read, and an id that is not a positive
 * integer, or not one of the library's when the caller can tell, drops the figure.
 */
function sanitizeImage(node: Json, options: SanitizeOptions): RichImage | null {
  const attrs = asNode(node.attrs) as Record<string, unknown> | null;
  if (!attrs) return null;
  const mediaId = attrs.mediaId;
  if (typeof mediaId !== 'number' || !Number.isSafeInteger(mediaId) || mediaId <= 0) return null;
  if (options.isOwnMedia && !options.isOwnMedia(mediaId)) return null;
  const layout: ImageLayout = (IMAGE_LAYOUTS as readonly unknown[]).includes(attrs.layout) ? (attrs.layout as ImageLayout) : 'column';
  return {
    type: 'image',
    attrs: {
      mediaId,
      alt: plainText(attrs.alt, IMAGE_TEXT_LIMITS.alt),
      caption: plainText(attrs.caption, IMAGE_TEXT_LIMITS.caption),
      credit: plainText(attrs.credit, IMAGE_TEXT_LIMITS.credit),
      layout,
    },
  };
}

/** The library ids a (sanitized) document shows, in order of appearance, without repeats. */
export function mediaIdsOf(doc: RichDoc): number[] {
  const ids = new Set<number>();
  const walk = (blocks: RichBlock[]) => {
    for (const b of blocks) {
      if (b.type === 'image') ids.add(b.attrs.mediaId);
      else if (b.type === 'blockquote') walk(b.content);
      else if (b.type === 'bulletList' || b.type === 'orderedList') for (const item of b.content) walk(item.content);
    }
  };
  walk(doc.content);
  return [...ids];
}

function paragraphOf(content: RichInline[]): RichBlock {
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function sanitizeListItems(nodes: unknown[], depth: number, options: SanitizeOptions): RichListItem[] {
  const items: RichListItem[] = [];
  for (const n of nodes) {
    const node = asNode(n);
    if (!node) continue;
    const blocks = sanitizeBlocks(node.type === 'listItem' ? children(node) : [n], depth + 1, options);
    items.push({ type: 'listItem', content: blocks.length ? blocks : [{ type: 'paragraph' }] });
  }
  return items;
}

function sanitizeBlocks(nodes: unknown[], depth: number, options: SanitizeOptions): RichBlock[] {
  if (depth > MAX_DEPTH) return [];
  const out: RichBlock[] = [];
  let pendingInline: unknown[] = [];
  const flush = () => {
    if (pendingInline.length) {
      const content = sanitizeInline(pendingInline, depth, options);
      if (content.length) out.push(paragraphOf(content));
      pendingInline = [];
    }
  };
  for (const n of nodes) {
    const node = asNode(n);
    if (!node) continue;
    switch (node.type) {
      case 'text':
      case 'hardBreak':
        pendingInline.push(n);
        continue;
      default:
        flush();
    }
    switch (node.type) {
      case 'paragraph':
        out.push(paragraphOf(sanitizeInline(children(node), depth, options)));
        break;
      case 'heading': {
        const raw = Number(asNode(node.attrs)?.['level' as keyof Json]);
        const level = (HEADING_LEVELS as readonly number[]).includes(raw) ? (raw as 2 | 3) : raw <= 2 ? 2 : 3;
        const content = sanitizeInline(children(node), depth, options);
        out.push(content.length ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } });
        break;
      }
      case 'blockquote': {
        const content = sanitizeBlocks(children(node), depth + 1, options);
        if (content.length) out.push({ type: 'blockquote', content });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = sanitizeListItems(children(node), depth, options);
        if (!items.length) break;
        if (node.type === 'bulletList') out.push({ type: 'bulletList', content: items });
        else {
          const start = Number(asNode(node.attrs)?.['start' as keyof Json]);
          out.push(
            Number.isInteger(start) && start > 1 && start < 100_000
              ? { type: 'orderedList', attrs: { start }, content: items }
              : { type: 'orderedList', content: items },
          );
        }
        break;
      }
      case 'horizontalRule':
        out.push({ type: 'horizontalRule' });
        break;
      case 'image': {
        const image = sanitizeImage(node, options);
        if (image) out.push(image);
        break;
      }
      default:
        // Unknown block (a table, an embed, a code block…): keep its text as paragraphs.
        out.push(...sanitizeBlocks(children(node), depth + 1, options));
    }
  }
  flush();
  return out;
}

export function sanitizeDoc(input: unknown, options: SanitizeOptions = {}): RichDoc {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value as string }] }] };
    }
  }
  const root = asNode(value);
  const content = root ? sanitizeBlocks(children(root), 0, options) : [];
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
