'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useTransition } from 'react';
import { saveReviewAction, transitionReviewAction } from '@/app/admin/reviews/actions';
import { SeoFields } from '@/components/admin/seo-fields';
import type { EditorResult } from '@/lib/review-save';
import { Field, FieldError } from '@/components/ui/form-controls';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorMedia } from '@/lib/dal/types';
import type { RichDoc } from '@/lib/rich-text/allow-list';
import type { ResolvedMedia } from '@/lib/rich-text/image-node';
import { reviewEditorExtensions } from '@/lib/rich-text/extensions';
import { MAX_REVIEW_WORDS, REVIEW_WORDS_WARNING } from '@/lib/rich-text/limits';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { countWords, excerpt, readingMinutes } from '@/lib/rich-text/text';
import { routes } from '@/lib/routes';
import { reviewMeta } from '@/lib/seo/snippet';
import type { TextField } from '@/lib/validation/review';
import { TRANSITIONS, type ReviewEvent } from '@/lib/workflow';
import { useDeskState } from './desk-state';
import { useFieldErrors } from './field-rules';
import { ImagePanel } from './image-panel';
import { LeadImageField } from './lead-image-field';
import { editorFieldsOf } from './local-copy';
import { MarkInput } from './mark-input';
import { usePassageCommentHost } from './passage-comments';
import { RestoreOffer } from './restore-offer';
import { isProblem, statusText } from './save-status';
import { Toolbar } from './toolbar';
import { useAutosave } from './use-autosave';
import { useLocalCopy } from './use-local-copy';

export type ReviewEditorProps = {
  reviewId: number;
  /** The signed-in person: the browser's copy of unsaved text is kept per person. */
  viewerId: number;
  version: number;
  filmTitle: string;
  authorPenName: string;
  initial: { body: RichDoc; mark: number | null; seenOn: string | null; venue: string | null; containsSpoilers: boolean; leadImageId: number | null } & Record<
    TextField,
    string | null
  >;
  /** What the search/social preview derives from when the overrides are empty. */
  seo: { filmSlug: string; filmYear: number | null; synopsis: string; criticSlug: string | null };
  /** The library records of the body's figures (more are added as images are uploaded or picked). */
  media: EditorMedia[];
  canEdit: boolean;
  defaultScheduleAt: string;
  /** The site's zone: every instant on the desk is shown in it (lib/instants.ts). */
  timeZone: string;
};

const BUTTON = 'rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-50';
const QUIET = 'border border-stone-300 bg-surface hover:border-accent';

/** One-click events, in button order; their names come from the workflow table. */
/** The first image among dropped or pasted files, if any. */
function imageFileOf(data: DataTransfer | null): File | null {
  return Array.from(data?.files ?? []).find((f) => f.type.startsWith('image/')) ?? null;
}

const QUICK_EVENTS: { event: ReviewEvent; tone: string }[] = [
  { event: 'submit', tone: 'bg-ink text-paper hover:bg-accent' },
  { event: 'withdraw', tone: QUIET },
  { event: 'approve', tone: 'bg-emerald-700 text-emerald-50 hover:bg-emerald-800' },
  { event: 'publish', tone: 'bg-accent text-paper hover:bg-accent-dark' },
  { event: 'unpublish', tone: 'border border-red-300 bg-surface text-red-800 hover:bg-red-50' },
];

/**
 * The review editor: Tiptap for the text, the review's fields, autosave with a visible status, and
 * the workflow buttons this viewer may use. Every call goes to a server action that re-checks
 * everything in the data-access layer; the buttons shown here are only a convenience.
 */
export function ReviewEditor(props: ReviewEditorProps) {
  const router = useRouter();
  // Buttons and editability come from the review's stored state, as the last answer gave it.
  const desk = useDeskState();
  const canEdit = props.canEdit && desk.view.canEdit;
  const [mark, setMark] = useState(props.initial.mark);
  const [seenOn, setSeenOn] = useState(props.initial.seenOn ?? '');
  const [venue, setVenue] = useState(props.initial.venue ?? '');
  const [spoilers, setSpoilers] = useState(props.initial.containsSpoilers);
  const [headline, setHeadline] = useState(props.initial.headline ?? '');
  const [standfirst, setStandfirst] = useState(props.initial.standfirst ?? '');
  const [seoTitle, setSeoTitle] = useState(props.initial.seoTitle ?? '');
  const [seoDescription, setSeoDescription] = useState(props.initial.seoDescription ?? '');
  const [leadImageId, setLeadImageId] = useState(props.initial.leadImageId);
  // The opening of the text, for the snippet preview (refreshed as the text changes).
  const [opening, setOpening] = useState('');
  const [message, setMessage] = useState('');
  const [publishAt, setPublishAt] = useState(props.defaultScheduleAt);
  const [words, setWords] = useState(0);
  const [pending, startTransition] = useTransition();

  // The images the editor can draw: the body's, then each one uploaded or picked. Figures read it
  // when they are drawn, so an image is remembered before its figure is inserted.
  const [media] = useState(() => new Map<number, ResolvedMedia>(props.media.map((m) => [m.id, m])));
  const [image, setImage] = useState<{ open: boolean; file: File | null; key: number }>({ open: false, file: null, key: 0 });
  const openImage = (file: File | null) => setImage((i) => ({ open: true, file, key: i.key + 1 }));

  const editor = useEditor({
    extensions: reviewEditorExtensions('Write your review…', { resolve: (id) => media.get(id) }),
    content: props.initial.body,
    editable: props.canEdit,
    immediatelyRender: false,
    editorProps: {
      // A dropped or pasted image file opens the image box with it: it needs alt text before it
      // can be uploaded. Moving a figure inside the text is left to the editor.
      handleDrop: (view, event, _slice, moved) => {
        const file = moved || !view.editable ? null : imageFileOf(event.dataTransfer);
        if (!file) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
        setImage((i) => ({ open: true, file, key: i.key + 1 }));
        return true;
      },
      handlePaste: (view, event) => {
        const file = view.editable ? imageFileOf(event.clipboardData) : null;
        if (!file) return false;
        event.preventDefault();
        setImage((i) => ({ open: true, file, key: i.key + 1 }));
        return true;
      },
      attributes: {
        'aria-label': 'Review text',
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'prose-review min-h-[24rem] px-8 py-6 focus:outline-none',
      },
    },
    onCreate: ({ editor: e }) => {
      setWords(countWords(e.getText()));
      setOpening(excerpt(sanitizeDoc(e.getJSON()), 200));
    },
    onUpdate: ({ editor: e }) => {
      setWords(countWords(e.getText()));
      setOpening(excerpt(sanitizeDoc(e.getJSON()), 200));
      autosaveRef.current();
    },
  });
  const editorRef = useRef(editor);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  // A step that locks the text (Submit) takes effect at once, before the page refreshes around it.
  // A layout effect: the text unlocks (Withdraw) in the same commit that shows "Draft", so no
  // keystroke can fall in between into a still read-only editor (seen in CI under load).
  useLayoutEffect(() => {
    if (editor && editor.isEditable !== canEdit) editor.setEditable(canEdit);
  }, [editor, canEdit]);

  const fields = useCallback(
    () => ({
      // A plain-JSON copy: ProseMirror builds mark attributes on null-prototype objects, which a
      // server action cannot serialize (they would arrive as opaque references and be dropped).
      body: (JSON.parse(JSON.stringify(editorRef.current?.getJSON() ?? props.initial.body)) as RichDoc),
      mark: mark ?? '',
      seenOn,
      venue,
      containsSpoilers: spoilers,
      headline,
      standfirst,
      seoTitle,
      seoDescription,
      leadImageId: leadImageId ?? '',
    }),
    [mark, seenOn, venue, spoilers, headline, standfirst, seoTitle, seoDescription, leadImageId, props.initial.body],
  );
  const local = useLocalCopy<ReturnType<typeof fields>>({ userId: props.viewerId, reviewId: props.reviewId, stored: props.initial, enabled: props.canEdit });
  const { status, fieldErrors, notice, setNotice, edited, save, step, restore } = useAutosave({
    enabled: props.canEdit,
    version: props.version,
    read: fields,
    send: async (request) => desk.accept(await saveReviewAction({ reviewId: props.reviewId, ...request })),
    beaconUrl: `/api/reviews/${props.reviewId}/draft`,
    keep: local.keep,
  });
  const errors = useFieldErrors({ mark, seenOn, venue, headline, standfirst, seoTitle, seoDescription }, fieldErrors, props.timeZone, canEdit);
  const seoFilm = { title: props.filmTitle, year: props.seo.filmYear, synopsis: props.seo.synopsis, seoTitle: null, seoDescription: null };
  const seoReview = { headline, standfirst, containsSpoilers: spoilers, penName: props.authorPenName, excerpt: opening };
  const derivedMeta = reviewMeta({ ...seoReview, seoTitle: null, seoDescription: null }, seoFilm);
  const meta = reviewMeta({ ...seoReview, seoTitle, seoDescription }, seoFilm);
  // Comments on passages: the comment goes with the text (its mark is in the body), like a step.
  const passages = usePassageCommentHost(editor, {
    editable: canEdit,
    send: async (run) => {
      let answer: EditorResult | null = null;
      await step(true, async (version, f) => (answer = desk.accept(await run(version, f))));
      return answer;
    },
  });

  // Restoring the browser's copy: into the editor and the fields, and saved at once.
  function restoreLocal() {
    const e = editorRef.current;
    if (!local.offer || !e) return;
    const restored = editorFieldsOf(local.offer.fields);
    e.commands.setContent(restored.body, { emitUpdate: false });
    setWords(countWords(e.getText()));
    setMark(restored.mark === '' ? null : restored.mark);
    setSeenOn(restored.seenOn);
    setVenue(restored.venue);
    setSpoilers(restored.containsSpoilers);
    setHeadline(restored.headline);
    setStandfirst(restored.standfirst);
    setSeoTitle(restored.seoTitle);
    setSeoDescription(restored.seoDescription);
    setLeadImageId(restored.leadImageId);
    local.close(false);
    void restore({ ...restored, leadImageId: restored.leadImageId ?? '' }, local.store);
  }
  // Tiptap keeps the onUpdate it was created with.
  const autosaveRef = useRef(edited);
  useEffect(() => {
    autosaveRef.current = edited;
  }, [edited]);

  // Field changes autosave like text changes (skip the first render).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    edited();
  }, [mark, seenOn, venue, spoilers, headline, standfirst, seoTitle, seoDescription, leadImageId, edited]);

  function fire(event: ReviewEvent) {
    setNotice(null);
    startTransition(async () => {
      // The writer's latest text goes with a submission, in the same transaction.
      const withFields = event === 'submit' && canEdit;
      const done = await step(withFields, async (version, fields) =>
        desk.accept(
          await transitionReviewAction({
            reviewId: props.reviewId,
            version,
            event,
            fields,
            message: event === 'request_changes' ? message : undefined,
            publishAt: event === 'schedule' ? publishAt : undefined,
          }),
        ),
      );
      if (done) router.refresh();
    });
  }

  const has = (e: ReviewEvent) => desk.view.events.includes(e);
  const busy = pending || status.kind === 'saving';

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <div className="min-w-0">
        {local.offer && (
          <RestoreOffer
            local={local.offer.fields}
            stored={props.initial}
            typedAt={local.offer.at}
            timeZone={props.timeZone}
            onRestore={restoreLocal}
            onDiscard={() => local.close(true)}
          />
        )}
        <div className="overflow-hidden rounded-lg border border-stone-200 bg-surface shadow-sm">
          {editor && canEdit && (
            <Toolbar editor={editor} onComment={passages.onComment} below={passages.box} imageOpen={image.open} onImage={() => openImage(null)}>
              {image.open && (
                <ImagePanel
                  key={image.key}
                  editor={editor}
                  initialFile={image.file}
                  lookup={(id) => media.get(id)}
                  remember={(m) => media.set(m.id, m)}
                  onClose={(refocus) => {
                    setImage((i) => ({ ...i, open: false, file: null }));
                    if (refocus === 'editor') editor.commands.focus();
                  }}
                />
              )}
            </Toolbar>
          )}
          <div className="border-b border-stone-100 px-8 pb-2 pt-6">
            <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">{props.authorPenName}&rsquo;s review</p>
            <p className="font-serif text-3xl font-bold text-ink">{props.filmTitle}</p>
            {(headline.trim() || standfirst.trim()) && (
              <div className="mt-3 border-t border-stone-100 pt-3">
                <p className="font-serif text-2xl font-bold text-ink">{headline.trim() || `${props.authorPenName}’s Review`}</p>
                {standfirst.trim() && <p className="mt-1 font-serif text-lg text-ink-soft">{standfirst}</p>}
              </div>
            )}
          </div>
          <EditorContent editor={editor} />
          {!editor && <div className="min-h-[24rem] px-8 py-6 text-ink-soft">Loading the editor…</div>}
          <div className="flex items-center justify-between border-t border-stone-100 px-8 py-2 text-xs text-ink-soft">
            <span data-testid="word-count" className={words > MAX_REVIEW_WORDS ? 'font-semibold text-red-700' : words >= REVIEW_WORDS_WARNING ? 'font-semibold text-amber-800' : ''}>
              {words.toLocaleString('en-GB')} {words === 1 ? 'word' : 'words'} · {readingMinutes(words)} min read
              {words > MAX_REVIEW_WORDS
                ? ` · over the ${MAX_REVIEW_WORDS.toLocaleString('en-GB')}-word limit: shorten it to save`
                : words >= REVIEW_WORDS_WARNING
                  ? ` · the limit is ${MAX_REVIEW_WORDS.toLocaleString('en-GB')} words`
                  : ''}
            </span>
            <span role="status" aria-live="polite" data-testid="save-status" className={isProblem(status) ? 'font-semibold text-red-700' : ''}>
              {canEdit ? statusText(status, props.timeZone) : 'Read only'}
            </span>
          </div>
        </div>
        {status.kind === 'conflict' && (
          <div role="alertdialog" aria-labelledby="conflict-title" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-5">
            <h2 id="conflict-title" className="font-semibold text-red-900">Someone else saved this review after you opened it</h2>
            <p className="mt-1 text-sm text-red-900">
              Your changes were not saved, so nothing of theirs was overwritten. Your text is still here: copy what you need, then load
              their version and apply your changes again.
            </p>
            <div className="mt-3 flex gap-3">
              <button
                type="button"
                className="rounded-md border border-red-300 bg-surface px-3 py-1.5 text-sm font-medium"
                onClick={() => void navigator.clipboard?.writeText(editorRef.current?.getText() ?? '')}
              >
                Copy my text
              </button>
              <button type="button" className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-red-50" onClick={() => window.location.reload()}>
                Load their version
              </button>
            </div>
          </div>
        )}
      </div>

      <aside className="space-y-5">
        <LeadImageField value={leadImageId} onChange={setLeadImageId} lookup={(id) => media.get(id)} remember={(m) => media.set(m.id, m)} disabled={!canEdit} />
        <section aria-label="Details" className="space-y-4 rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
          <Field id="headline" label="Headline" errors={errors.headline} hint={`Optional. Left empty, the page says “${props.authorPenName}’s Review”.`} hintAfter>
            {(a11y) => (
              <input {...a11y} type="text" value={headline} disabled={!canEdit} onChange={(e) => setHeadline(e.target.value)} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
            )}
          </Field>
          <Field
            id="standfirst"
            label="Standfirst"
            errors={errors.standfirst}
            hint="Optional. One or two sentences under the headline, also on the home page and in feeds, even for a review with spoilers: keep it spoiler-free."
            hintAfter
          >
            {(a11y) => (
              <textarea {...a11y} rows={3} value={standfirst} disabled={!canEdit} onChange={(e) => setStandfirst(e.target.value)} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
            )}
          </Field>
          <MarkInput value={mark} onChange={setMark} error={errors.mark} readOnly={!canEdit} />
          <Field id="seenOn" label="Seen on" errors={errors.seenOn}>
            {(a11y) => (
              <input {...a11y} type="date" value={seenOn} disabled={!canEdit} onChange={(e) => setSeenOn(e.target.value)} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
            )}
          </Field>
          <Field id="venue" label="Venue" errors={errors.venue} hint="Printed as “Seen on … at the Grand Rex”." hintAfter>
            {(a11y) => (
              <input
                {...a11y}
                type="text"
                value={venue}
                disabled={!canEdit}
                placeholder="Grand Rex"
                onChange={(e) => setVenue(e.target.value)}
                className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2"
              />
            )}
          </Field>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={spoilers} disabled={!canEdit} onChange={(e) => setSpoilers(e.target.checked)} className="h-4 w-4 accent-accent" />
            Contains spoilers
          </label>
        </section>

        <details className="group rounded-lg border border-stone-200 bg-surface p-5 shadow-sm" open={Boolean(seoTitle || seoDescription || errors.seoTitle || errors.seoDescription)}>
          <summary className="cursor-pointer text-sm font-semibold text-ink">Search and social</summary>
          <div className="mt-4">
            <SeoFields
              idPrefix=""
              title={seoTitle}
              description={seoDescription}
              onTitle={setSeoTitle}
              onDescription={setSeoDescription}
              derived={derivedMeta}
              meta={meta}
              path={props.seo.criticSlug ? routes.filmReview(props.seo.filmSlug, props.seo.criticSlug) : routes.film(props.seo.filmSlug)}
              errors={(f) => errors[f]}
              disabled={!canEdit}
            />
          </div>
        </details>

        <section aria-label="Workflow" className="space-y-3 rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
          {notice && (
            <p role={notice.tone === 'error' ? 'alert' : 'status'} className={`text-sm font-medium ${notice.tone === 'error' ? 'text-red-700' : 'text-emerald-800'}`}>
              {notice.text}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            {canEdit && (
              <button type="button" disabled={busy} onClick={() => void save('manual')} className={`${BUTTON} ${QUIET} hover:text-accent`}>
                Save draft
              </button>
            )}
            {QUICK_EVENTS.filter(({ event }) => has(event)).map(({ event, tone }) => (
              <button key={event} type="button" disabled={busy} onClick={() => fire(event)} className={`${BUTTON} ${tone}`}>
                {TRANSITIONS[event].label}
              </button>
            ))}
          </div>
          {has('request_changes') && (
            <div className="space-y-2 border-t border-stone-100 pt-3">
              <label htmlFor="changes-message" className="block text-sm font-medium">
                Message to the author
              </label>
              <textarea
                id="changes-message"
                rows={3}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                aria-invalid={fieldErrors.message ? true : undefined}
                aria-describedby="message-error"
                className="block w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
              />
              <FieldError id="message-error" errors={fieldErrors.message} />
              <button type="button" disabled={busy} onClick={() => fire('request_changes')} className={`${BUTTON} border border-amber-400 bg-amber-50 text-amber-900 hover:bg-amber-100`}>
                {TRANSITIONS.request_changes.label}
              </button>
            </div>
          )}
          {has('schedule') && (
            <div className="space-y-2 border-t border-stone-100 pt-3">
              <label htmlFor="publishAt" className="block text-sm font-medium">
                Publication date and time <span className="font-normal text-ink-soft">(site time)</span>
              </label>
              <input
                id="publishAt"
                type="datetime-local"
                value={publishAt}
                onChange={(e) => setPublishAt(e.target.value)}
                aria-invalid={fieldErrors.publishAt ? true : undefined}
                aria-describedby="publishAt-error"
                className="block w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
              />
              <FieldError id="publishAt-error" errors={fieldErrors.publishAt} />
              <button type="button" disabled={busy} onClick={() => fire('schedule')} className={`${BUTTON} ${QUIET}`}>
                {TRANSITIONS.schedule.label}
              </button>
            </div>
          )}
          <p className="border-t border-stone-100 pt-3 text-sm">
            <Link href={`/admin/reviews/${props.reviewId}/preview`} className="font-medium text-accent underline underline-offset-4">
              Preview on the film page
            </Link>
          </p>
        </section>
      </aside>
    </div>
  );
}
