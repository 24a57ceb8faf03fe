import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from './render';
import { sanitizeDoc } from './sanitize';

const KEY = 'a1b2c3d4e5f6a7b8';
const withComment = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The fight ' },
        { type: 'text', text: 'in the opera house', marks: [{ type: 'bold' }, { type: 'comment', attrs: { thread: KEY } }] },
      ],
    },
  ],
};

describe('passage comments never reach visitors', () => {
  it('the public sanitizer drops the comment mark and keeps the words and their other marks', () => {
    expect(sanitizeDoc(withComment).content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The fight ' },
        { type: 'text', text: 'in the opera house', marks: [{ type: 'bold' }] },
      ],
    });
  });

  it('the public renderer prints no trace of a stored comment (a published revision may hold one)', async () => {
    // RichText is an async server component (it looks up the figures' images): awaited, it is plain markup.
    const html = renderToStaticMarkup(await RichText({ doc: withComment }));
    expect(html).toContain('<strong>in the opera house</strong>');
    expect(html).not.toMatch(/comment|a1b2c3d4/);
  });

  it('the desk sanitizer keeps a well-formed key once per thread and drops forged ones', () => {
    const forged = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [
                { type: 'comment', attrs: { thread: KEY } },
                { type: 'comment', attrs: { thread: KEY } },
                { type: 'comment', attrs: { thread: '"><script>alert(1)</script>' } },
                { type: 'comment', attrs: {} },
              ],
            },
          ],
        },
      ],
    };
    expect(sanitizeDoc(forged, { comments: true }).content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'comment', attrs: { thread: KEY } }] }],
    });
  });
});
