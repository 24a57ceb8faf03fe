/**
 * The sanitizer's one image node: a figure that names an image of Bobine's own library by id, with
 * its words and a layout, and nothing else. Anything pointing elsewhere never reaches storage or
 * the page.
 */
import { describe, expect, it } from 'vitest';
import { mediaIdsOf, sanitizeDoc } from './sanitize';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const figure = (attrs: Record<string, unknown>) => ({ type: 'image', attrs });

describe('the image node in the allow-list', () => {
  it('keeps a figure that names a library id, with exactly its five attributes', () => {
    const clean = sanitizeDoc(
      doc(
        figure({
          mediaId: 7,
          alt: '  A dancer  ',
          caption: 'Rehearsal',
          credit: '© Lionsgate',
          layout: 'wide',
          src: 'https://evil.example/x.png',
          srcset: 'https://evil.example/x.png 1x',
          onerror: 'alert(1)',
          style: 'position:fixed',
          version: '0123456789abcdef',
        }),
      ),
    );
    expect(clean.content).toEqual([{ type: 'image', attrs: { mediaId: 7, alt: 'A dancer', caption: 'Rehearsal', credit: '© Lionsgate', layout: 'wide' } }]);
  });

  it('drops a figure whose id is not a positive integer (an address, a string, a fraction)', () => {
    for (const mediaId of ['7', 'https://evil.example/x.png', -1, 0, 1.5, null, undefined, Number.MAX_SAFE_INTEGER + 2]) {
      expect(sanitizeDoc(doc(figure({ mediaId, alt: 'x' }))).content).toEqual([{ type: 'paragraph' }]);
    }
  });

  it('drops a figure the library does not know when the caller can tell', () => {
    const known = new Set([3]);
    const clean = sanitizeDoc(doc(figure({ mediaId: 3, alt: 'ok' }), figure({ mediaId: 4, alt: 'gone' })), { isOwnMedia: (id) => known.has(id) });
    expect(mediaIdsOf(clean)).toEqual([3]);
  });

  it('falls back to the column layout, and keeps words as plain bounded text', () => {
    const clean = sanitizeDoc(doc(figure({ mediaId: 2, alt: 'a\u0000b', caption: 'x'.repeat(5000), layout: 'float-left' })));
    const image = clean.content[0] as { attrs: { alt: string; caption: string; credit: string; layout: string } };
    expect(image.attrs.layout).toBe('column');
    expect(image.attrs.alt).toBe('a b');
    expect(image.attrs.caption.length).toBe(1000);
    expect(image.attrs.credit).toBe('');
  });

  it('never keeps an image inline in a paragraph (a pasted <img>)', () => {
    const clean = sanitizeDoc(doc({ type: 'paragraph', content: [{ type: 'text', text: 'Before ' }, { type: 'image', attrs: { src: 'https://evil.example/x.png', mediaId: 2 } }] }));
    expect(clean.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Before ' }] }]);
  });

  it('finds figures inside quotes and lists', () => {
    const clean = sanitizeDoc(doc({ type: 'blockquote', content: [figure({ mediaId: 5, alt: 'q' })] }, figure({ mediaId: 6, alt: 'r' }), figure({ mediaId: 5, alt: 'again' })));
    expect(mediaIdsOf(clean)).toEqual([5, 6]);
  });
});
