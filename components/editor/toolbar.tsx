'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { linkTarget } from './link-target';

type Tool = {
  /** The accessible name. When the button shows text of two characters or more, it starts with it. */
  label: string;
  shortcut?: string;
  icon: React.ReactNode;
  run: (e: Editor, open: { link: () => void; image: () => void; comment?: () => void }) => void;
  active?: (e: Editor) => boolean;
  disabled?: (e: Editor) => boolean;
};

const text = (t: string, className = '') => (
  <span aria-hidden="true" className={`text-[0.95rem] leading-none ${className}`}>
    {t}
  </span>
);

/** Inline SVG icons: an emoji or a font glyph renders as a blank bar where the font lacks it. */
const svg = (path: React.ReactNode) => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round">
    {path}
  </svg>
);

const ICONS = {
  link: svg(
    <>
      <path d="M10 13.5a4.5 4.5 0 0 0 6.4.4l2.8-2.8a4.5 4.5 0 0 0-6.4-6.4l-1.3 1.3" />
      <path d="M14 10.5a4.5 4.5 0 0 0-6.4-.4l-2.8 2.8a4.5 4.5 0 0 0 6.4 6.4l1.3-1.3" />
    </>,
  ),
  quote: svg(
    <>
      <path d="M4 18v-4.5C4 9.5 5.8 7 9 6" />
      <path d="M4 14h4.5v4H4z" />
      <path d="M14 18v-4.5c0-4 1.8-6.5 5-7.5" />
      <path d="M14 14h4.5v4H14z" />
    </>,
  ),
  bullets: svg(
    <>
      <circle cx="5" cy="7" r="1.1" fill="currentColor" />
      <circle cx="5" cy="12" r="1.1" fill="currentColor" />
      <circle cx="5" cy="17" r="1.1" fill="currentColor" />
      <path d="M9.5 7H20M9.5 12H20M9.5 17H20" />
    </>,
  ),
  numbers: svg(
    <>
      <path d="M4 5.5h1.5V10M4 10h3" strokeWidth="1.5" />
      <path d="M4 14.5c.4-.7 1-1 1.7-1 .9 0 1.5.6 1.5 1.3 0 1.3-3.2 2.4-3.2 4.2h3.3" strokeWidth="1.5" />
      <path d="M10.5 7.5H20M10.5 12H20M10.5 17H20" />
    </>,
  ),
  rule: svg(
    <>
      <path d="M3.5 12h17" />
      <path d="M8 7.5h8M8 16.5h8" strokeWidth="1.2" opacity="0.45" />
    </>,
  ),
  comment: svg(
    <>
      <path d="M4.5 5.5h15v10h-8l-4.5 3.5v-3.5H4.5z" />
      <path d="M8.5 9.5h7M8.5 12.5h4.5" strokeWidth="1.5" />
    </>,
  ),
  image: svg(
    <>
      <rect x="3.5" y="5" width="17" height="14" rx="1.5" />
      <circle cx="9" cy="10" r="1.6" />
      <path d="m4 17.5 5-4.5 3.5 3 3-2.5 4.5 4" />
    </>,
  ),
  undo: svg(
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </>,
  ),
  redo: svg(
    <>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </>,
  ),
};

const GROUPS: Tool[][] = [
  [
    { label: 'Paragraph', shortcut: 'Ctrl+Alt+0', icon: text('¶'), run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive('paragraph') },
    { label: 'H2 heading', shortcut: 'Ctrl+Alt+2', icon: text('H2', 'font-serif font-bold'), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
    { label: 'H3 subheading', shortcut: 'Ctrl+Alt+3', icon: text('H3', 'font-serif font-semibold text-[0.8rem]'), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  ],
  [
    { label: 'Bold', shortcut: 'Ctrl+B', icon: text('B', 'font-serif font-black'), run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { label: 'Italic', shortcut: 'Ctrl+I', icon: text('I', 'font-serif italic'), run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { label: 'Strikethrough', shortcut: 'Ctrl+Shift+S', icon: text('S', 'font-serif line-through'), run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => e.isActive('strike') },
    { label: 'Link', shortcut: 'Ctrl+K', icon: ICONS.link, run: (_e, open) => open.link(), active: (e) => e.isActive('link') },
  ],
  [
    { label: 'Quote', shortcut: 'Ctrl+Shift+B', icon: ICONS.quote, run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
    { label: 'Bulleted list', shortcut: 'Ctrl+Shift+8', icon: ICONS.bullets, run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { label: 'Numbered list', shortcut: 'Ctrl+Shift+7', icon: ICONS.numbers, run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
    { label: 'Horizontal rule', icon: ICONS.rule, run: (e) => e.chain().focus().setHorizontalRule().run() },
    { label: 'Image', icon: ICONS.image, run: (_e, open) => open.image(), active: (e) => e.isActive('image') },
  ],
  [
    // Comment on the selected words (the desk's passage comments): needs a selection.
    { label: 'Comment', shortcut: 'Ctrl+Alt+M', icon: ICONS.comment, run: (_e, open) => open.comment?.(), disabled: (e) => e.state.selection.empty },
  ],
  [
    { label: 'Undo', shortcut: 'Ctrl+Z', icon: ICONS.undo, run: (e) => e.chain().focus().undo().run(), disabled: (e) => !e.can().undo() },
    { label: 'Redo', shortcut: 'Ctrl+Shift+Z', icon: ICONS.redo, run: (e) => e.chain().focus().redo().run(), disabled: (e) => !e.can().redo() },
  ],
];

const TOOLS = GROUPS.flat();

/**
 * The formatting toolbar, after the WAI-ARIA toolbar pattern: one tab stop (the last button used),
 * arrow keys, Home and End move between buttons, toggles report their state with aria-pressed.
 * Ctrl+K in the text or the Link button opens the link box under it.
 */
export function Toolbar({
  editor,
  disabled,
  onComment,
  below,
  imageOpen = false,
  onImage,
  children,
}: {
  editor: Editor;
  disabled?: boolean;
  /** Opens the comment box for the selected words; without it the Comment button is disabled. */
  onComment?: () => void;
  /** Shown under the toolbar, in its sticky band (the comment box). */
  below?: React.ReactNode;
  /** The image box (components/editor/image-panel.tsx), drawn under the toolbar when open. */
  imageOpen?: boolean;
  onImage?: () => void;
  children?: React.ReactNode;
}) {
  // Re-render on selection and content changes so that pressed states stay true.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => TOOLS.map((t) => [t.active?.(e) ?? null, t.disabled?.(e) ?? false] as const),
  });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [current, setCurrent] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);

  const enabled = (i: number) => !disabled && !(state[i]?.[1] ?? false) && (TOOLS[i]!.label !== 'Comment' || onComment !== undefined);
  // The tab stop stays on an enabled button (Undo starts disabled, and may become so again).
  const stop = enabled(current) ? current : TOOLS.findIndex((_, i) => enabled(i));

  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setLinkOpen(true);
      }
      // Ctrl+Alt+M comments, as in the word processors writers know (event.code: Alt changes the key on a Mac).
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM' && onComment && !editor.state.selection.empty) {
        event.preventDefault();
        onComment();
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor, onComment]);

  function move(event: React.KeyboardEvent) {
    const from = buttons.current.indexOf(event.target as HTMLButtonElement);
    if (from < 0) return;
    const order = TOOLS.map((_, i) => i).filter(enabled);
    if (order.length === 0) return;
    const at = Math.max(0, order.indexOf(from));
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = order[(at + 1) % order.length];
    else if (event.key === 'ArrowLeft') next = order[(at - 1 + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  let index = 0;
  return (
    <div className="sticky top-0 z-10 border-b border-rule bg-paper/95 backdrop-blur">
      <div role="toolbar" aria-label="Formatting" aria-orientation="horizontal" onKeyDown={move} className="flex flex-wrap items-center gap-y-1 px-3 py-1.5">
        {GROUPS.map((group, g) => (
          <div key={g} className="flex items-center gap-0.5 border-r border-rule px-1.5 first:pl-0 last:border-r-0">
            {group.map((tool) => {
              const i = index++;
              const [active] = state[i] ?? [null, false];
              return (
                <button
                  key={tool.label}
                  ref={(el) => {
                    buttons.current[i] = el;
                  }}
                  type="button"
                  aria-label={tool.label}
                  title={tool.shortcut ? `${tool.label} (${tool.shortcut})` : tool.label}
                  aria-pressed={active === null ? undefined : active}
                  aria-expanded={tool.label === 'Link' ? linkOpen : tool.label === 'Image' ? imageOpen : undefined}
                  aria-controls={tool.label === 'Link' && linkOpen ? 'link-box' : undefined}
                  tabIndex={i === stop ? 0 : -1}
                  disabled={!enabled(i)}
                  onFocus={() => setCurrent(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() =>
                    tool.run(editor, {
                      link: () => setLinkOpen((open) => !open),
                      image: () => {
                        setLinkOpen(false);
                        onImage?.();
                      },
                      comment: onComment,
                    })
                  }
                  className="flex h-9 min-w-9 items-center justify-center rounded-sm px-1.5 text-ink transition-colors hover:bg-paper-deep disabled:opacity-35 disabled:hover:bg-transparent aria-pressed:bg-ink aria-pressed:text-paper"
                >
                  {tool.icon}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {children}
      {linkOpen && (
        <LinkBox
          editor={editor}
          onClose={(refocus) => {
            setLinkOpen(false);
            if (refocus === 'editor') editor.commands.focus();
          }}
        />
      )}
      {below}
    </div>
  );
}

/**
 * The link box: one field, checked with the rule the server's sanitizer applies (http, https and
 * mailto only), so a link accepted here is never dropped on save.
 */
function LinkBox({ editor, onClose }: { editor: Editor; onClose: (refocus: 'editor' | 'none') => void }) {
  const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(previous);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  function apply(event: React.FormEvent) {
    event.preventDefault();
    const href = linkTarget(value);
    if (!href) {
      setError('Only web addresses (https://…) and email addresses (mailto:…) can be linked.');
      input.current?.focus();
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: href.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href } }] })
        .unsetMark('link')
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose('none');
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose('none');
  }

  return (
    <form
      id="link-box"
      aria-label="Link"
      noValidate
      onSubmit={apply}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose('editor');
        }
      }}
      className="flex flex-wrap items-start gap-2 border-t border-rule bg-surface px-4 py-3 shadow-[0_6px_12px_-10px_rgba(28,25,23,0.4)]"
    >
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor="link-address" className="mb-1 block text-xs font-semibold uppercase tracking-wider text-ink-soft">
          Link address
        </label>
        <input
          ref={input}
          id="link-address"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://… or mailto:…"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError('');
          }}
          className="block w-full rounded-sm border border-stone-300 bg-surface px-3 py-1.5 font-mono text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600"
        />
        {error && (
          <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex gap-2 self-end">
      <button type="submit" className="rounded-sm bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-accent">
        Apply
      </button>
      <button
        type="button"
        onClick={remove}
        disabled={!previous}
        className="rounded-sm border border-stone-300 bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent disabled:opacity-40 disabled:hover:border-stone-300 disabled:hover:text-ink"
      >
        Remove
      </button>
      <button type="button" onClick={() => onClose('editor')} className="px-2 py-1.5 text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
        Cancel
      </button>
      </div>
    </form>
  );
}
