/**
 * The editor's figure node: exactly the allow-list's `image` (a library id, alt text, caption,
 * credit, layout). It draws the library's preview variant through `resolve`, which the editor
 * fills with the records of the images it knows (those of the body, and each one uploaded or
 * picked); a stored document never holds an address. Only a figure copied from Bobine itself
 * (`figure[data-media-id]`) is parsed from pasted HTML: images from elsewhere are not taken in.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { mediaPreviewUrl, type MediaImage } from '@/lib/media-urls';
import { IMAGE_LAYOUTS, type ImageLayout } from './allow-list';

export type ResolvedMedia = MediaImage & { alt: string; caption: string | null; credit: string | null };

export type FigureImageOptions = { resolve: (mediaId: number) => ResolvedMedia | undefined };

export type FigureAttrs = { mediaId: number; alt: string; caption: string; credit: string; layout: ImageLayout };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figureImage: {
      insertFigure: (attrs: FigureAttrs) => ReturnType;
    };
  }
}

const text = (attr: string) => ({
  default: '',
  parseHTML: (el: HTMLElement) => el.getAttribute(attr) ?? '',
  renderHTML: (attrs: Record<string, unknown>) => ({ [attr]: attrs[attr.replace('data-', '')] || null }),
});

export const FigureImage = Node.create<FigureImageOptions>({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { resolve: () => undefined };
  },

  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (el) => {
          const n = Number(el.getAttribute('data-media-id'));
          return Number.isSafeInteger(n) && n > 0 ? n : null;
        },
        renderHTML: (attrs) => ({ 'data-media-id': attrs.mediaId }),
      },
      alt: text('data-alt'),
      caption: text('data-caption'),
      credit: text('data-credit'),
      layout: {
        default: 'column',
        parseHTML: (el) => ((IMAGE_LAYOUTS as readonly string[]).includes(el.getAttribute('data-layout') ?? '') ? el.getAttribute('data-layout') : 'column'),
        renderHTML: (attrs) => ({ 'data-layout': attrs.layout }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as FigureAttrs;
    const m = this.options.resolve(attrs.mediaId);
    const caption = attrs.caption || m?.caption || '';
    const credit = attrs.credit || m?.credit || '';
    const picture = m
      ? ['img', { src: mediaPreviewUrl(m), alt: attrs.alt || m.alt, width: String(m.width), height: String(m.height), draggable: 'false' }]
      : ['p', { class: 'media-missing' }, 'This image is no longer in the library.'];
    const figcaption =
      caption || credit
        ? [['figcaption', {}, ...(caption ? [['span', { class: 'media-caption' }, caption]] : []), ...(credit ? [['span', { class: 'media-credit' }, credit]] : [])]]
        : [];
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'media-figure' }), picture, ...figcaption];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
