/**
 * The rich-text allow-list, shared by the editor (which only offers these), the save path (which
 * drops anything else before storing) and the server renderer (which only knows these). It has no
 * server or browser imports so that both sides can use it.
 */

export const BLOCK_NODES = [
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'horizontalRule',
  'image',
] as const;
export const INLINE_NODES = ['text', 'hardBreak'] as const;
export const MARKS = ['bold', 'italic', 'strike', 'link'] as const;
export const HEADING_LEVELS = [2, 3] as const;
/** A figure's layout: inside the text column, or breaking out of it. */
export const IMAGE_LAYOUTS = ['column', 'wide'] as const;
export type ImageLayout = (typeof IMAGE_LAYOUTS)[number];
/** Longest alt text, caption and credit kept in a figure (the library enforces the same). */
export const IMAGE_TEXT_LIMITS = { alt: 500, caption: 1000, credit: 300 } as const;
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

export type BlockNodeType = (typeof BLOCK_NODES)[number];
export type InlineNodeType = (typeof INLINE_NODES)[number];
export type MarkType = (typeof MARKS)[number];

/**
 * `comment` anchors an editorial comment on a passage (lib/rich-text/comment-anchor.ts). It is not
 * in MARKS: only the desk's sanitizer (`sanitizeDoc(…, { comments: true })`) keeps it, so visitors'
 * pages never receive it.
 */
export type RichMark =
  | { type: 'bold' | 'italic' | 'strike' }
  | { type: 'link'; attrs: { href: string } }
  | { type: 'comment'; attrs: { thread: string } };

export type RichInline = { type: 'text'; text: string; marks?: RichMark[] } | { type: 'hardBreak' };

export type RichBlock =
  | { type: 'paragraph'; content?: RichInline[] }
  | { type: 'heading'; attrs: { level: 2 | 3 }; content?: RichInline[] }
  | { type: 'blockquote'; content: RichBlock[] }
  | { type: 'bulletList'; content: RichListItem[] }
  | { type: 'orderedList'; attrs?: { start: number }; content: RichListItem[] }
  | { type: 'horizontalRule' }
  | RichImage;

/**
 * A figure showing an image from Bobine's own media library, named only by its id: there is no
 * address in a stored document, the renderer builds every URL from the library's record. Empty
 * alt text, caption or credit fall back to the library's (alt text is required there).
 */
export type RichImage = {
  type: 'image';
  attrs: { mediaId: number; alt: string; caption: string; credit: string; layout: ImageLayout };
};

export type RichListItem = { type: 'listItem'; content: RichBlock[] };

export type RichDoc = { type: 'doc'; content: RichBlock[] };

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A link target is kept only if it parses as an absolute http, https or mailto URL. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed.length === 0 || trimmed.length > 2000) return null;
  try {
    const url = new URL(trimmed);
    return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
