'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { MEDIA_ACCEPTED, MEDIA_MAX_LABEL } from '@/lib/media-urls';
import { CreditInput, UploadProgress } from '@/components/media/image-fields';
import { ImageSourceToggle, LibraryGrid, useLibrarySearch, type ImageSource } from '@/components/media/library-search';
import { fileProblem, uploadMedia, type UploadedMedia } from './upload';

const INPUT =
  'block w-full rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';
const LABEL = 'mb-1 block text-xs font-semibold uppercase tracking-wider text-ink-soft';

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
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [picked, setPicked] = useState<UploadedMedia | null>(null);
  const library = useLibrarySearch(mode === 'library');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    fileInput.current?.focus();
  }, []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setMessage('');
    const problems: Record<string, string[]> = {};
    if (mode === 'upload') {
      const problem = file ? fileProblem(file) : 'Choose an image file.';
      if (problem) problems.file = [problem];
      if (!alt.trim()) problems.alt = ['Describe the image for readers who cannot see it.'];
    } else if (!picked) {
      problems.library = ['Choose an image from the library.'];
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (mode === 'library') {
      await onChoose(picked!);
      return;
    }
    setProgress(0);
    const result = await uploadMedia(file!, { alt, caption, credit }, setProgress);
    setProgress(null);
    if (!result.ok) {
      setMessage(result.message);
      setErrors(result.fieldErrors ?? {});
      return;
    }
    await onChoose(result.media);
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
          <div>
            <label htmlFor={`${id}-file`} className={LABEL}>
              Image file
            </label>
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              accept={MEDIA_ACCEPTED.join(',')}
              aria-invalid={err('file') ? true : undefined}
              aria-describedby={`${id}-file-hint${err('file') ? ` ${id}-file-error` : ''}`}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              className="block w-full text-sm file:mr-3 file:rounded-sm file:border file:border-stone-300 file:bg-surface file:px-3 file:py-1 file:text-sm"
            />
            <p id={`${id}-file-hint`} className="mt-1 text-xs text-ink-soft">
              JPEG, PNG or WebP, at most {MEDIA_MAX_LABEL}. It goes into the library. Camera and location data are removed.
            </p>
            {err('file') && (
              <p id={`${id}-file-error`} role="alert" className="mt-1 text-xs font-medium text-red-700">
                {err('file')}
              </p>
            )}
          </div>
          <div>
            <label htmlFor={`${id}-alt`} className={LABEL}>
              Alt text <span className="normal-case tracking-normal text-red-700">(required)</span>
            </label>
            <input
              id={`${id}-alt`}
              type="text"
              required
              maxLength={500}
              value={alt}
              aria-invalid={err('alt') ? true : undefined}
              aria-describedby={err('alt') ? `${id}-alt-error` : undefined}
              onChange={(e) => setAlt(e.target.value)}
              className={INPUT}
            />
            {err('alt') && (
              <p id={`${id}-alt-error`} role="alert" className="mt-1 text-xs font-medium text-red-700">
                {err('alt')}
              </p>
            )}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor={`${id}-caption`} className={LABEL}>
                Caption
              </label>
              <input id={`${id}-caption`} type="text" maxLength={1000} value={caption} onChange={(e) => setCaption(e.target.value)} className={INPUT} />
            </div>
            <div>
              <label htmlFor={`${id}-credit`} className={LABEL}>
                Credit
              </label>
              <CreditInput id={id} value={credit} onChange={setCredit} className={INPUT} />
            </div>
          </div>
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
            labelClassName={LABEL}
            inputClassName={INPUT}
            gridClassName="max-h-64 grid-cols-3 sm:grid-cols-5"
          />
          {picked && (
            <p className="mt-2 text-sm">
              <span className="font-medium">{picked.alt}</span>
              {picked.credit ? <span className="text-ink-soft"> · {picked.credit}</span> : <span className="font-medium text-amber-800"> · No credit yet: add one in the library.</span>}
            </p>
          )}
          {err('library') && (
            <p role="alert" className="mt-1 text-xs font-medium text-red-700">
              {err('library')}
            </p>
          )}
        </div>
      )}

      {progress !== null && <UploadProgress id={id} progress={progress} />}
      {message && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={progress !== null}>
          {mode === 'upload' ? `Upload and ${submitLabel.toLowerCase()}` : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
