'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { safeHref } from '@/lib/rich-text/allow-list';

type Tool = {
  label: string;
  shortcut?: string;
  icon: React.ReactNode;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
  disabled?: (e: Editor) => boolean;
};

const icon = (text: string, className = '') => <span className={`text-sm leading-none ${className}`}>{text}</span>;

function promptLink(editor: Editor) {
  const previous = editor.getAttributes('link').href as string | undefined;
  const input = window.prompt('Link address (https://…, or mailto:…). Leave empty to remove the link.', previous ?? 'https://');
  if (input === null) return;
  if (input.trim() === '' || input.trim() === 'https://') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  const href = safeHref(input.trim());
  if (!href) {
    window.alert('Only http, https and mailto addresses can be linked.');
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
}

const GROUPS: Tool[][] = [
  [
    { label: 'Paragraph', shortcut: 'Ctrl+Alt+0', icon: icon('¶'), run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive('paragraph') },
    { label: 'Heading', shortcut: 'Ctrl+Alt+2', icon: icon('H2', 'font-bold'), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
    { label: 'Subheading', shortcut: 'Ctrl+Alt+3', icon: icon('H3', 'font-semibold'), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  ],
  [
    { label: 'Bold', shortcut: 'Ctrl+B', icon: icon('B', 'font-black'), run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { label: 'Italic', shortcut: 'Ctrl+I', icon: icon('I', 'italic font-serif'), run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { label: 'Strikethrough', shortcut: 'Ctrl+Shift+S', icon: icon('S', 'line-through'), run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive('strike') },
    { label: 'Link', shortcut: 'Ctrl+K', icon: icon('🔗'), run: promptLink, active: (e) => e.isActive('link') },
  ],
  [
    { label: 'Quote', shortcut: 'Ctrl+Shift+B', icon: icon('❝'), run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
    { label: 'Bulleted list', shortcut: 'Ctrl+Shift+8', icon: icon('•≡'), run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { label: 'Numbered list', shortcut: 'Ctrl+Shift+7', icon: icon('1≡'), run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
    { label: 'Horizontal rule', icon: icon('―'), run: (e) => e.chain().focus().setHorizontalRule().run() },
  ],
  [
    { label: 'Undo', shortcut: 'Ctrl+Z', icon: icon('↶'), run: (e) => e.chain().focus().undo().run(), disabled: (e) => !e.can().undo() },
    { label: 'Redo', shortcut: 'Ctrl+Shift+Z', icon: icon('↷'), run: (e) => e.chain().focus().redo().run(), disabled: (e) => !e.can().redo() },
  ],
];

export { promptLink };

/** The formatting toolbar. Buttons report their state with aria-pressed. */
export function Toolbar({ editor, disabled }: { editor: Editor; disabled?: boolean }) {
  // Re-render on selection and content changes so that pressed states stay true.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => GROUPS.flat().map((t) => [t.active?.(e) ?? null, t.disabled?.(e) ?? false] as const),
  });
  let index = 0;
  return (
    <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-10 flex flex-wrap items-center gap-1 border-b border-stone-200 bg-white/95 px-2 py-1.5 backdrop-blur">
      {GROUPS.map((group, g) => (
        <div key={g} className="flex items-center gap-0.5 border-r border-stone-200 pr-1 last:border-r-0">
          {group.map((tool) => {
            const [active, off] = state[index++] ?? [null, false];
            return (
              <button
                key={tool.label}
                type="button"
                aria-label={tool.label}
                title={tool.shortcut ? `${tool.label} (${tool.shortcut})` : tool.label}
                aria-pressed={active === null ? undefined : active}
                disabled={disabled || off}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => tool.run(editor)}
                className="flex h-8 min-w-8 items-center justify-center rounded px-1.5 text-ink hover:bg-stone-100 disabled:opacity-40 aria-pressed:bg-ink aria-pressed:text-white"
              >
                {tool.icon}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
