/**
 * The `comment` mark: the words an editorial thread is about. A mark, not positions kept beside the
 * text, because ProseMirror carries marks through every edit for free — typing before or inside
 * the passage, pasting, undo, restoring the browser's copy, the editor's copy edits — and the body
 * JSON then says by itself which passages still exist. The desk's sanitizer keeps it; the public
 * one drops it (lib/rich-text/sanitize.ts), so visitors never see a trace of the desk's comments.
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import { isCommentKey } from './comment-key';

export const CommentMark = Mark.create({
  name: 'comment',
  // Typing at either end of the passage does not stretch the comment over the new words.
  inclusive: false,
  // Two threads may cover the same words.
  excludes: '',

  addAttributes() {
    return {
      thread: {
        default: null,
        parseHTML: (el) => {
          const key = el.getAttribute('data-comment');
          return isCommentKey(key) ? key : null;
        },
        renderHTML: (attrs) => (isCommentKey(attrs.thread) ? { 'data-comment': attrs.thread } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment]', getAttrs: (el) => (isCommentKey((el as HTMLElement).getAttribute('data-comment')) ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0];
  },
});
