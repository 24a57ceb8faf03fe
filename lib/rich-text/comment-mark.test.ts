import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { commentAnchorsIn, commentPassagesIn, isCommentKey, quoteOf } from './comment-key';
import { reviewEditorExtensions } from './extensions';
import { sanitizeDoc } from './sanitize';

// The editor's own schema: what holds here holds in the browser, where the same steps run.
const schema = getSchema(reviewEditorExtensions(''));
const KEY = 'a1b2c3d4e5f6a7b8';
const commented = (before: string, words: string, after: string) =>
  PMNode.fromJSON(schema, {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: before },
          { type: 'text', text: words, marks: [{ type: 'comment', attrs: { thread: KEY } }] },
          { type: 'text', text: after },
        ],
      },
    ],
  });
// A transaction as a keystroke makes it: typed text takes the marks allowed at the cursor.
const edit = (doc: PMNode) => EditorState.create({ doc }).tr;
const passage = (doc: PMNode) => commentPassagesIn(doc.toJSON()).get(KEY);

describe('a comment stays on its words through edits', () => {
  it('keeps its words when text is typed before them', () => {
    const doc = commented('The fight ', 'in the opera house', ' is the best scene.');
    const tr = edit(doc).insertText('Late in the film, ', 1);
    expect(passage(tr.doc)).toBe('in the opera house');
    expect(tr.doc.textContent).toBe('Late in the film, The fight in the opera house is the best scene.');
  });

  it('keeps its words when text before them is deleted or rewritten', () => {
    const doc = commented('The fight ', 'in the opera house', ' is the best scene.');
    const tr = edit(doc).replaceWith(1, 1 + 'The fight'.length, schema.text('That brawl'));
    expect(passage(tr.doc)).toBe('in the opera house');
  });

  it('does not stretch over words typed right after the passage', () => {
    const doc = commented('The fight ', 'in the opera house', ' is the best scene.');
    const end = 1 + 'The fight in the opera house'.length;
    const tr = edit(doc).insertText(' at night', end);
    expect(passage(tr.doc)).toBe('in the opera house');
  });

  it('follows a correction inside the passage', () => {
    const doc = commented('The fight ', 'in teh opera house', '.');
    const from = 1 + 'The fight in '.length;
    const tr = edit(doc).insertText('the', from, from + 3);
    expect(passage(tr.doc)).toBe('in the opera house');
  });

  it('survives splitting the paragraph inside the passage', () => {
    const doc = commented('The fight ', 'in the opera house', ' is the best scene.');
    const tr = edit(doc).split(1 + 'The fight in the'.length);
    expect(tr.doc.childCount).toBe(2);
    expect(passage(tr.doc)).toBe('in the opera house');
  });

  it('is gone from the document when its words are deleted: the thread is then "passage removed"', () => {
    const doc = commented('The fight ', 'in the opera house', ' is the best scene.');
    const from = 1 + 'The fight '.length;
    const tr = edit(doc).delete(from, from + 'in the opera house'.length);
    expect(commentAnchorsIn(tr.doc.toJSON()).has(KEY)).toBe(false);
  });

  it('lets two threads cover the same words', () => {
    const other = 'ffffeeeeddddcccc';
    const doc = commented('The fight ', 'in the opera house', '.');
    const tr = edit(doc).addMark(1, 5, schema.marks.comment!.create({ thread: other }));
    expect(commentAnchorsIn(tr.doc.toJSON())).toEqual(new Set([KEY, other]));
  });
});

describe('comment keys and quotes', () => {
  it('accepts only keys that are safe in an attribute selector', () => {
    expect(isCommentKey(KEY)).toBe(true);
    expect(isCommentKey('short')).toBe(false);
    expect(isCommentKey('x"]{}body{color:red')).toBe(false);
    expect(isCommentKey(42)).toBe(false);
  });

  it('quotes a long passage shortened', () => {
    expect(quoteOf('word '.repeat(100)).length).toBeLessThanOrEqual(280);
    expect(quoteOf('a few words')).toBe('a few words');
  });

  it('survives the desk sanitizer (an autosave keeps the thread) and not the public one', () => {
    const json = commented('The fight ', 'in the opera house', '.').toJSON();
    expect(commentAnchorsIn(sanitizeDoc(json, { comments: true }))).toEqual(new Set([KEY]));
    expect(commentAnchorsIn(sanitizeDoc(json))).toEqual(new Set());
  });
});
