/**
 * The editor's extensions: exactly the allow-list in allow-list.ts, nothing more. Pasted HTML (from
 * Word, a web page) is parsed through this schema, so unknown elements, styles and event handler
 * attributes never enter the document; the server sanitizes again before storing.
 */
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { HEADING_LEVELS, safeHref } from './allow-list';

export function reviewEditorExtensions(placeholder: string) {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
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
    Placeholder.configure({ placeholder }),
  ];
}
