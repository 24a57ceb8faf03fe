'use client';

import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { commentOnPassageAction } from '@/app/admin/reviews/actions';
import { isCommentKey, newCommentKey, quoteOf } from '@/lib/rich-text/comment-key';
import type { EditorResult } from '@/lib/review-save';

/** One editorial comment as the review page hands it to the browser. */
export type DeskComment = {
  id: number;
  parentId: number | null;
  passage: { anchor: string; quote: string; removed: boolean } | null;
  author: string;
  body: string;
  createdAt: string;
  resolved: boolean;
};

/** What the editor offers the threads: scrolling to a passage, and posting a comment on the selection. */
type Host = {
  showPassage: (anchor: string) => void;
};

type PassageComments = {
  reviewId: number;
  comments: DeskComment[];
  canComment: boolean;
  timeZone: string;
  /** The thread (its first comment's id) the writer is looking at: its passage is drawn darker. */
  active: number | null;
  setActive: (id: number | null) => void;
  /** The thread keys whose words are in the editor's text right now (null until the editor is up). */
  live: Set<string> | null;
  setLive: (keys: Set<string>) => void;
  /** The editor offers itself here (null when it goes). */
  registerHost: (host: Host | null) => void;
  /** Selects and scrolls to a thread's words in the editor. */
  showPassage: (anchor: string) => void;
};

const Context = createContext<PassageComments | null>(null);

export function usePassageComments(): PassageComments | null {
  return useContext(Context);
}

/** Whether a thread's words are gone: as the editor's text says now, else as the server saw it. */
export function passageRemoved(c: DeskComment, live: Set<string> | null): boolean {
  if (!c.passage) return false;
  return live ? !live.has(c.passage.anchor) : c.passage.removed;
}

/**
 * Shares the review's threads between the editor (which draws their passages) and the comment
 * panel (which lists them), so that clicking one shows the other.
 */
export function PassageCommentsProvider({
  reviewId,
  comments,
  canComment,
  timeZone,
  children,
}: {
  reviewId: number;
  comments: DeskComment[];
  canComment: boolean;
  timeZone: string;
  children: ReactNode;
}) {
  const [active, setActive] = useState<number | null>(null);
  const [live, setLiveState] = useState<Set<string> | null>(null);
  const host = useRef<Host | null>(null);
  const registerHost = useCallback((h: Host | null) => {
    host.current = h;
  }, []);
  const showPassage = useCallback((anchor: string) => host.current?.showPassage(anchor), []);
  const setLive = useCallback((keys: Set<string>) => {
    // Called on every keystroke: a new set only when the passages present changed.
    setLiveState((prev) => (prev && prev.size === keys.size && [...keys].every((k) => prev.has(k)) ? prev : keys));
  }, []);
  const value = useMemo(
    () => ({ reviewId, comments, canComment, timeZone, active, setActive, live, setLive, registerHost, showPassage }),
    [reviewId, comments, canComment, timeZone, active, live, setLive, registerHost, showPassage],
  );
  return (
    <Context.Provider value={value}>
      <PassageStyles comments={comments} active={active} />
      {children}
    </Context.Provider>
  );
}

/**
 * The highlight of each open thread's words, as CSS keyed on the mark's `data-comment`: a resolved
 * thread's mark stays in the text (reopening brings it back) but is no longer drawn. Keys are
 * checked (letters, digits, - and _ only) before they enter the selector.
 */
function PassageStyles({ comments, active }: { comments: DeskComment[]; active: number | null }) {
  const open = comments.filter((c) => c.parentId === null && c.passage && !c.resolved && isCommentKey(c.passage.anchor));
  if (open.length === 0) return null;
  const sel = (c: DeskComment) => `.comment-anchor[data-comment="${c.passage!.anchor}"]`;
  const css =
    `${open.map(sel).join(',')}{background:rgb(253 230 138 / 0.55);border-bottom:2px solid rgb(217 119 6);cursor:pointer;border-radius:1px}` +
    open
      .filter((c) => c.id === active)
      .map((c) => `${sel(c)}{background:rgb(252 211 77 / 0.9);border-bottom-color:var(--color-accent)}`)
      .join('');
  return <style>{css}</style>;
}

/**
 * Connects a Tiptap editor to the threads: keeps the set of passages present as the text changes,
 * turns a click on a highlighted passage into its thread, scrolls to a thread's passage on demand,
 * and (when the viewer may change the text) returns what the toolbar needs to comment on the
 * selection. `send` runs the comment as a workflow-like step of the autosave (see review-editor).
 */
export function usePassageCommentHost(
  editor: Editor | null,
  options: {
    editable: boolean;
    send: (run: (version: number, fields: unknown) => Promise<EditorResult>) => Promise<EditorResult | null>;
  },
): { onComment?: () => void; box: ReactNode } {
  const ctx = usePassageComments();
  const router = useRouter();
  const [composing, setComposing] = useState<{ from: number; to: number; quote: string } | null>(null);
  const { setLive, setActive, registerHost, comments } = ctx ?? {};
  const threadsRef = useRef(comments ?? []);
  useEffect(() => {
    threadsRef.current = comments ?? [];
  }, [comments]);

  useEffect(() => {
    if (!editor || !setLive || !registerHost || !setActive) return;
    // On every change of the text: read the marks off the document itself (no JSON copy per keystroke).
    const update = () => {
      const keys = new Set<string>();
      editor.state.doc.descendants((node) => {
        for (const m of node.marks) if (m.type.name === 'comment' && isCommentKey(m.attrs.thread)) keys.add(m.attrs.thread);
      });
      setLive(keys);
    };
    update();
    editor.on('update', update);
    registerHost({
      showPassage: (anchor) => {
        let from = -1;
        let to = -1;
        editor.state.doc.descendants((node, pos) => {
          if (node.isText && node.marks.some((m) => m.type.name === 'comment' && m.attrs.thread === anchor)) {
            if (from < 0) from = pos;
            to = pos + node.nodeSize;
          }
        });
        if (from < 0) return;
        editor.commands.setTextSelection({ from, to });
        const dom = editor.view.dom.querySelector(`[data-comment="${anchor}"]`);
        dom?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        if (editor.isEditable) editor.commands.focus();
      },
    });
    // A click on a highlighted passage opens its thread (the innermost one, where threads overlap).
    const onClick = (event: MouseEvent) => {
      const target = (event.target as HTMLElement | null)?.closest?.('[data-comment]');
      const key = target?.getAttribute('data-comment');
      if (!key) return;
      const thread = threadsRef.current.find((c) => c.parentId === null && !c.resolved && c.passage?.anchor === key);
      if (!thread) return;
      setActive(thread.id);
      const card = document.getElementById(`thread-${thread.id}`);
      card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      // A writer clicking into the words keeps the cursor there; a reader is taken to the thread.
      if (!editor.isEditable) card?.focus({ preventScroll: true });
    };
    const dom = editor.view.dom;
    dom.addEventListener('click', onClick);
    return () => {
      editor.off('update', update);
      dom.removeEventListener('click', onClick);
      registerHost(null);
    };
  }, [editor, setLive, setActive, registerHost]);

  const open = useCallback(() => {
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    if (empty) return;
    setComposing({ from, to, quote: quoteOf(editor.state.doc.textBetween(from, to, ' ').replace(/\s+/g, ' ').trim()) });
  }, [editor]);

  const post = async (text: string): Promise<string | null> => {
    if (!editor || !composing) return 'Select the words to comment on.';
    const key = newCommentKey();
    const type = editor.schema.marks.comment!;
    const { from, to } = composing;
    // Outside the undo history: undoing the last words typed must not take the thread's words away.
    editor.view.dispatch(editor.state.tr.addMark(from, to, type.create({ thread: key })).setMeta('addToHistory', false));
    const r = await options.send((version, fields) => commentOnPassageAction({ reviewId: ctx!.reviewId, version, anchor: key, body: text, fields }));
    if (r?.ok) {
      setComposing(null);
      router.refresh();
      return null;
    }
    // Not stored: the words lose the mark again (the next save stores the text without it).
    editor.view.dispatch(editor.state.tr.removeMark(0, editor.state.doc.content.size, type.create({ thread: key })).setMeta('addToHistory', false));
    if (r && !r.ok && r.kind === 'invalid') return r.fieldErrors.comment?.join(' ') ?? r.message;
    return r && !r.ok ? r.message : 'Not posted: the server did not answer. Try again.';
  };

  const close = () => {
    setComposing(null);
    editor?.commands.focus();
  };
  const canPost = Boolean(ctx?.canComment && options.editable && editor);
  return {
    onComment: canPost ? open : undefined,
    box: composing ? <PassageCommentBox quote={composing.quote} onPost={post} onClose={close} /> : null,
  };
}

/** The small form under the toolbar where a comment on the selected words is written. */
function PassageCommentBox({ quote, onPost, onClose }: { quote: string; onPost: (text: string) => Promise<string | null>; onClose: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();
  useEffect(() => field.current?.focus(), []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const body = text.trim();
    if (!body) {
      setError('Write a comment.');
      field.current?.focus();
      return;
    }
    setPending(true);
    const problem = await onPost(body);
    setPending(false);
    if (problem) setError(problem);
  }

  return (
    <form
      aria-label="Comment on the passage"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
      className="border-t border-rule bg-surface px-4 py-3 shadow-[0_6px_12px_-10px_rgba(28,25,23,0.4)]"
    >
      <p className="text-xs font-semibold uppercase tracking-wider text-ink-soft">Comment on</p>
      <blockquote className="mt-1 border-l-2 border-amber-500 pl-3 font-serif text-sm italic text-ink">“{quote}”</blockquote>
      <label htmlFor="passage-comment" className="sr-only">
        Your comment
      </label>
      <textarea
        ref={field}
        id="passage-comment"
        rows={2}
        value={text}
        placeholder="What should change here?"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError('');
        }}
        className="mt-2 block w-full rounded-sm border border-stone-300 px-3 py-2 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
      />
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="mt-2 flex gap-2">
        <button type="submit" disabled={pending} className="rounded-sm bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-accent disabled:opacity-50">
          Post comment
        </button>
        <button type="button" onClick={onClose} className="px-2 py-1.5 text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
          Cancel
        </button>
      </div>
    </form>
  );
}
