import { describe, expect, it } from 'vitest';
import { sanitizeDoc } from './sanitize';
import { docToText, excerpt, wordCount } from './text';

describe('sanitizeDoc', () => {
  it('keeps allow-listed nodes and marks as they are', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Act one' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'a link', marks: [{ type: 'link', attrs: { href: 'https://example.org/x' } }] },
          ],
        },
        { type: 'horizontalRule' },
      ],
    };
    expect(sanitizeDoc(doc)).toEqual(doc);
  });

  it('drops javascript: and data: links but keeps their text', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', '/relative', 'vbscript:x']) {
      const clean = sanitizeDoc({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] }] }],
      });
      expect(clean.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'click' }] });
    }
  });

  it('unwraps unknown nodes to their text and drops unknown attributes', () => {
    const clean = sanitizeDoc({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'paragraph',
          attrs: { style: 'color:red', onclick: 'x()' },
          content: [
            { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
            { type: 'text', text: '<img src=x onerror=alert(1)>', marks: [{ type: 'textStyle', attrs: { color: 'red' } }] },
          ],
        },
      ],
    });
    expect(clean).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
      ],
    });
  });

  it('always returns a document, even from garbage', () => {
    expect(sanitizeDoc(null)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(sanitizeDoc('not json')).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'not json' }] }],
    });
    expect(sanitizeDoc({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] }).content[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
    });
  });

  it('bounds nesting depth', () => {
    let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let i = 0; i < 100; i++) node = { type: 'blockquote', content: [node] };
    expect(() => sanitizeDoc({ type: 'doc', content: [node] })).not.toThrow();
  });
});

describe('plain text views', () => {
  const doc = sanitizeDoc({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'One two three.' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'four five' }] }] }] },
    ],
  });
  it('counts words across blocks', () => {
    expect(docToText(doc)).toBe('One two three.\nfour five');
    expect(wordCount(doc)).toBe(5);
  });
  it('cuts excerpts on a word boundary', () => {
    expect(excerpt(doc, 12)).toBe('One two…');
    expect(excerpt(doc, 100)).toBe('One two three. four five');
  });
});
