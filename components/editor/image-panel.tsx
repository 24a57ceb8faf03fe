'use client';

import type { Editor } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import { useEffect, useId, useRef, useState } from 'react';
import { fileProblem, type MediaWords } from '@/components/media/upload';
import { MEDIA_MAX_LABEL, mediaPreviewUrl } from '@/lib/media-urls';
import type { ImageLayout } from '@/lib/rich-text/allow-list';
import type { FigureAttrs, ResolvedMedia } from '@/lib/rich-text/image-node';
import { FIELD_LABEL as LABEL, FieldProblem, ImageFileField, ImageWordsFields, UploadStatus, useImageUpload } from '@/components/media/image-fields';
import { ImageSourceToggle, LibraryGrid, useLibrarySearch } from '@/components/media/library-search';

const INPUT =
  'block w-full rounded-sm border border-stone-300 bg-surface px-3 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';
const PRIMARY = 'rounded-sm bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-accent disabled:opacity-50';
const QUIET = 'rounded-sm border border-stone-300 bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent';

/** The figure under the selection, when the writer clicked one. */
export function selectedFigure(editor: Editor): FigureAttrs | null {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === 'image' ? (selection.node.attrs as FigureAttrs) : null;
}

/**
 * A figure keeps only the words that differ from the library's: an empty one shows the library's,
 * so a credit added there later reaches every review that uses the image.
 */
function ownWords(words: MediaWords, m: ResolvedMedia) {
  return {
    alt: words.alt.trim() === m.alt ? '' : words.alt.trim(),
    caption: words.caption.trim() === (m.caption ?? '') ? '' : words.caption.trim(),
    credit: words.credit.trim() === (m.credit ?? '') ? '' : words.credit.trim(),
  };
}

type Mode = 'upload' | 'library' | 'edit';

/**
 * The image box under the toolbar: upload a file (chosen, dropped or pasted) with its alt text,
 * caption and credit, or pick one from the library, or change the selected figure. Alt text is
 * required before anything is sent; a missing credit is pointed out, not refused.
 *
 * With `onPick` (the review's lead image) the same box chooses an image instead of inserting a
 * figure: no layout, and a library image keeps the library's words (shown, not edited here).
 */
export function ImagePanel({
  editor,
  lookup,
  remember,
  initialFile,
  onClose,
  onPick,
}: {
  editor: Editor | null;
  lookup: (id: number) => ResolvedMedia | undefined;
  remember: (m: ResolvedMedia) => void;
  initialFile: File | null;
  onClose: (refocus: 'editor' | 'none') => void;
  onPick?: (m: ResolvedMedia) => void;
}) {
  const editing = editor && !onPick ? selectedFigure(editor) : null;
  const editingMedia = editing ? lookup(editing.mediaId) : undefined;
  const [mode, setMode] = useState<Mode>(editing ? 'edit' : 'upload');
  const [file, setFile] = useState<File | null>(initialFile);
  const [preview, setPreview] = useState<string | null>(() => (initialFile ? URL.createObjectURL(initialFile) : null));
  const previewRef = useRef(preview);
  const [picked, setPicked] = useState<ResolvedMedia | null>(null);
  const [words, setWords] = useState<MediaWords>({
    alt: editing ? editing.alt || editingMedia?.alt || '' : '',
    caption: editing ? editing.caption || editingMedia?.caption || '' : '',
    credit: editing ? editing.credit || editingMedia?.credit || '' : '',
  });
  const [layout, setLayout] = useState<ImageLayout>(editing?.layout ?? 'column');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const upload = useImageUpload(setErrors);
  const library = useLibrarySearch(mode === 'library');
  const fileInput = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLInputElement>(null);
  const id = useId();

  function chooseFile(next: File | null) {
    if (previewRef.current) URL.revokeObjectURL(previewRef.current);
    const url = next ? URL.createObjectURL(next) : null;
    previewRef.current = url;
    setFile(next);
    setPreview(url);
  }
  useEffect(
    () => () => {
      if (previewRef.current) URL.revokeObjectURL(previewRef.current);
    },
    [],
  );

  useEffect(() => {
    // A dropped or pasted file only needs its words: start there.
    if (initialFile || editing) altInput.current?.focus();
    else fileInput.current?.focus();
    // Once, when the box opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function choose(m: ResolvedMedia) {
    setPicked(m);
    setWords({ alt: m.alt, caption: m.caption ?? '', credit: m.credit ?? '' });
    setErrors({});
  }

  function insert(m: ResolvedMedia) {
    remember(m);
    if (onPick || !editor) {
      onPick?.(m);
      onClose('none');
      return;
    }
    const attrs: FigureAttrs = { mediaId: m.id, layout, ...ownWords(words, m) };
    editor.chain().focus().insertFigure(attrs).run();
    onClose('none');
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    upload.clearMessage();
    const problems: Record<string, string[]> = {};
    if (!words.alt.trim()) problems.alt = ['Describe the image for readers who cannot see it.'];
    if (mode === 'upload') {
      const problem = file ? fileProblem(file) : 'Choose an image file.';
      if (problem) problems.file = [problem];
    }
    if (mode === 'library' && !picked) problems.library = ['Choose an image from the library.'];
    setErrors(problems);
    if (Object.keys(problems).length) {
      (problems.file ? fileInput.current : altInput.current)?.focus();
      return;
    }
    if (mode === 'edit' && editing && editor) {
      const m = editingMedia;
      const own = m ? ownWords(words, m) : { alt: words.alt.trim(), caption: words.caption.trim(), credit: words.credit.trim() };
      editor.chain().focus().updateAttributes('image', { ...own, layout }).run();
      onClose('none');
      return;
    }
    if (mode === 'library' && picked) {
      insert(picked);
      return;
    }
    const media = await upload.send(file!, words);
    if (media) insert(media);
  }

  const err = (name: string) => errors[name]?.join(' ');

  return (
    <form
      aria-label={onPick ? 'Choose the lead image' : 'Image'}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose('editor');
        }
      }}
      className="space-y-3 border-t border-rule bg-surface px-4 py-3 shadow-[0_6px_12px_-10px_rgba(28,25,23,0.4)]"
    >
      {mode !== 'edit' && (
        <ImageSourceToggle
          value={mode}
          onChange={(source) => {
            setMode(source);
            setErrors({});
          }}
        />
      )}

      <div className="flex flex-wrap gap-4">
        <div className="w-40 shrink-0">
          {mode === 'upload' && preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:)
            <img src={preview} alt="" className="w-full rounded-sm border border-rule" />
          ) : (mode === 'library' && picked) || (mode === 'edit' && editingMedia) ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own variant
            <img src={mediaPreviewUrl((picked ?? editingMedia)!)} alt="" className="w-full rounded-sm border border-rule" />
          ) : (
            <div className="flex aspect-[3/2] items-center justify-center rounded-sm border-2 border-dashed border-stone-300 text-xs text-ink-soft">No image yet</div>
          )}
        </div>

        <div className="min-w-0 flex-1 basis-64 space-y-3">
          {mode === 'upload' && (
            <ImageFileField
              id={id}
              inputRef={fileInput}
              problem={err('file')}
              hint={`${file ? `${file.name} · ` : ''}JPEG, PNG or WebP, at most ${MEDIA_MAX_LABEL}. Camera and location data are removed.`}
              onChange={(next) => {
                chooseFile(next);
                setErrors((x) => ({ ...x, file: [] }));
              }}
            />
          )}

          {mode === 'library' && (
            <div>
              <LibraryGrid
                id={id}
                search={library}
                pickedId={picked?.id}
                onChoose={choose}
                inputClassName={INPUT}
                gridClassName="max-h-56 grid-cols-3 sm:grid-cols-4"
              />
              <FieldProblem problem={err('library')} />
            </div>
          )}

          {onPick && mode === 'library' ? (
            picked && (
              <dl className="space-y-1 text-sm">
                <div>
                  <dt className={LABEL}>Alt text</dt>
                  <dd>{picked.alt}</dd>
                </div>
                {(picked.caption || picked.credit) && (
                  <div>
                    <dt className={LABEL}>Caption and credit</dt>
                    <dd>{[picked.caption, picked.credit].filter(Boolean).join(' · ')}</dd>
                  </div>
                )}
              </dl>
            )
          ) : null}
          {onPick && mode === 'library' && picked && <p className="text-xs text-ink-soft">The library’s words go with the image; change them in the media library.</p>}
          {onPick && mode === 'library' ? null : (
            <ImageWordsFields
              id={id}
              altRef={altInput}
              altHint="What the image shows, for readers who cannot see it."
              words={words}
              onChange={(change) => setWords((w) => ({ ...w, ...change }))}
              altProblem={err('alt')}
              inputClassName={INPUT}
            />
          )}
          {!onPick && (
            <fieldset>
              <legend className={LABEL}>Layout</legend>
              <div className="flex gap-4 text-sm">
                {(
                  [
                    ['column', 'In the column'],
                    ['wide', 'Wide'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="flex items-center gap-1.5">
                    <input type="radio" name={`${id}-layout`} value={value} checked={layout === value} onChange={() => setLayout(value)} className="accent-accent" />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </div>
      </div>

      <UploadStatus id={id} progress={upload.progress} message={upload.message} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={upload.sending} className={PRIMARY}>
          {mode === 'edit' ? 'Apply' : onPick ? (mode === 'library' ? 'Use this image' : 'Upload and use') : mode === 'library' ? 'Insert image' : 'Upload and insert'}
        </button>
        {mode === 'edit' && (
          <button
            type="button"
            className={QUIET}
            onClick={() => {
              editor?.chain().focus().deleteSelection().run();
              onClose('none');
            }}
          >
            Remove image
          </button>
        )}
        <button type="button" onClick={() => onClose('editor')} className="px-2 py-1.5 text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
          Cancel
        </button>
      </div>
    </form>
  );
}
