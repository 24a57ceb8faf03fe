'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { MEDIA_MAX_LABEL } from '@/lib/media-urls';
import { FieldProblem, ImageFileField, ImageWordsFields, UploadStatus, useImageUpload } from '@/components/media/image-fields';
import { ImageSourceToggle, LibraryGrid, useLibrarySearch, type ImageSource } from '@/components/media/library-search';
import { fileProblem, type MediaWords, type UploadedMedia } from './upload';

const INPUT =
  'block w-full rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';

/**
 * Choosing one library image for a record outside a review body (a film's still, a critic's
 * portrait): upload a new file with its alt text (required), caption and credit, through the same
 * upload route as everywhere else, or pick one already in the library. The chosen image keeps the
 * library's words; they are edited in the library, where every use shows the change.
 */
export function MediaPicker({
  label,
  submitLabel,
  exclude = [],
  onChoose,
  onCancel,
}: {
  /** The form's accessible name ("Add a still", "Choose a portrait"). */
  label: string;
  submitLabel: string;
  /** Images already used here, not offered again. */
  exclude?: number[];
  onChoose: (m: UploadedMedia) => Promise<void> | void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<ImageSource>('upload');
  const [file, setFile] = useState<File | null>(null);
  const [words, setWords] = useState<MediaWords>({ alt: '', caption: '', credit: '' });
  const [picked, setPicked] = useState<UploadedMedia | null>(null);
  const library = useLibrarySearch(mode === 'library');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const upload = useImageUpload(setErrors);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    fileInput.current?.focus();
  }, []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    upload.clearMessage();
    const problems: Record<string, string[]> = {};
    if (mode === 'upload') {
      const problem = file ? fileProblem(file) : 'Choose an image file.';
      if (problem) problems.file = [problem];
      if (!words.alt.trim()) problems.alt = ['Describe the image for readers who cannot see it.'];
    } else if (!picked) {
      problems.library = ['Choose an image from the library.'];
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (mode === 'library') {
      await onChoose(picked!);
      return;
    }
    const media = await upload.send(file!, words);
    if (media) await onChoose(media);
  }

  const err = (name: string) => errors[name]?.join(' ');

  return (
    <form
      aria-label={label}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="space-y-4 rounded-md border border-stone-200 bg-paper-deep/40 p-4"
    >
      <ImageSourceToggle
        value={mode}
        onChange={(source) => {
          setMode(source);
          setErrors({});
        }}
      />

      {mode === 'upload' ? (
        <div className="space-y-3">
          <ImageFileField
            id={id}
            inputRef={fileInput}
            problem={err('file')}
            hint={`JPEG, PNG or WebP, at most ${MEDIA_MAX_LABEL}. It goes into the library. Camera and location data are removed.`}
            onChange={setFile}
          />
          <ImageWordsFields id={id} words={words} onChange={(change) => setWords((w) => ({ ...w, ...change }))} altProblem={err('alt')} inputClassName={INPUT} />
        </div>
      ) : (
        <div>
          <LibraryGrid
            id={id}
            search={library}
            pickedId={picked?.id}
            onChoose={(m) => {
              setPicked(m);
              setErrors({});
            }}
            exclude={exclude}
            inputClassName={INPUT}
            gridClassName="max-h-64 grid-cols-3 sm:grid-cols-5"
          />
          {picked && (
            <p className="mt-2 text-sm">
              <span className="font-medium">{picked.alt}</span>
              {picked.credit ? <span className="text-ink-soft"> · {picked.credit}</span> : <span className="font-medium text-amber-800"> · No credit yet: add one in the library.</span>}
            </p>
          )}
          <FieldProblem problem={err('library')} />
        </div>
      )}

      <UploadStatus id={id} progress={upload.progress} message={upload.message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={upload.sending}>
          {mode === 'upload' ? `Upload and ${submitLabel.toLowerCase()}` : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
