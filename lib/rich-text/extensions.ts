/**
 * The editor's extensions: exactly the allow-list in allow-list.ts, nothing more. Pasted HTML (from
 * Word, a web page) is parsed through this schema, so unknown elements, styles and event handler
 * attributes never enter the document; the server sanitizes again before storing.
 */
import { mergeAttributes } from '@tiptap/core';
import Heading from '@tiptap/extension-heading';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { HEADING_LEVELS, safeHref } from './allow-list';
import { CommentMark } from './comment-mark';
import { FigureImage, type FigureImageOptions } from './image-node';

export function reviewEditorExtensions(placeholder: string, media: FigureImageOptions = { resolve: () => undefined }) {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['mailto'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => safeHref(url) !== null,
        HTMLAttributes: { rel: 'nofollow noopener noreferrer', target: null },
      },
    }),
    // The film page renders a level-2 heading as an h3 (the review is the page's h2); the shared
    // typography (prose-review in globals.css) is keyed on data-level so both look the same.
    Heading.extend({
      renderHTML({ node, HTMLAttributes }) {
        const level = (HEADING_LEVELS as readonly number[]).includes(node.attrs.level as number) ? (node.attrs.level as number) : HEADING_LEVELS[0];
        return [`h${level}`, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-level': String(level) }), 0];
      },
    }).configure({ levels: [...HEADING_LEVELS] }),
    Placeholder.configure({ placeholder }),
    // The desk's passage comments: not part of the public allow-list (see comment-mark.ts).
    CommentMark,
    FigureImage.configure(media),
  ];
}
