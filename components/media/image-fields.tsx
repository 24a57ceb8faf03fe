import { useState, type ReactNode, type Ref } from 'react';
import { MEDIA_ACCEPTED } from '@/lib/media-urls';
import { MISSING_CREDIT } from '@/lib/validation/media';
import { uploadMedia, type MediaWords, type UploadedMedia } from './upload';

/** The small capitals over each field of an image's words. */
export const FIELD_LABEL = 'mb-1 block text-xs font-semibold uppercase tracking-wider text-ink-soft';

/** A field's problem under it, read out as it appears. */
export function FieldProblem({ id, problem }: { id?: string; problem: string | undefined }) {
  return problem ? (
    <p id={id} role="alert" className="mt-1 text-xs font-medium text-red-700">
      {problem}
    </p>
  ) : null;
}

/** The ids that describe a field: its problem first (when there is one), then its hint. */
function describedBy(field: string, problem: string | undefined, hint: boolean): string | undefined {
  return [problem ? `${field}-error` : null, hint ? `${field}-hint` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * The file to upload, in the editor's image box and the stills and portrait picker. The hint
 * (accepted types and size, what happens to the file) stays with the caller.
 */
export function ImageFileField({
  id,
  inputRef,
  problem,
  hint,
  onChange,
}: {
  /** The field's id is `${id}-file`; its hint's and problem's `${id}-file-hint` and `${id}-file-error`. */
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  problem: string | undefined;
  hint: ReactNode;
  onChange: (file: File | null) => void;
}) {
  return (
    <div>
      <label htmlFor={`${id}-file`} className={FIELD_LABEL}>
        Image file
      </label>
      <input
        ref={inputRef}
        id={`${id}-file`}
        type="file"
        accept={MEDIA_ACCEPTED.join(',')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(`${id}-file`, problem, true)}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        className="block w-full text-sm file:mr-3 file:rounded-sm file:border file:border-stone-300 file:bg-surface file:px-3 file:py-1 file:text-sm"
      />
      <p id={`${id}-file-hint`} className="mt-1 text-xs text-ink-soft">
        {hint}
      </p>
      <FieldProblem id={`${id}-file-error`} problem={problem} />
    </div>
  );
}

/**
 * An image's alt text, its caption and its credit, as typed for a new upload (or a figure's own
 * words). Alt text is marked required: the server refuses an image without it.
 */
export function ImageWordsFields({
  id,
  altRef,
  altHint,
  words,
  onChange,
  altProblem,
  inputClassName,
}: {
  /** The fields' ids are `${id}-alt`, `${id}-caption` and `${id}-credit`. */
  id: string;
  altRef?: Ref<HTMLInputElement>;
  altHint?: string;
  words: MediaWords;
  /** Called with the one word that changed. */
  onChange: (change: Partial<MediaWords>) => void;
  altProblem: string | undefined;
  inputClassName: string;
}) {
  return (
    <>
      <div>
        <label htmlFor={`${id}-alt`} className={FIELD_LABEL}>
          Alt text <span className="normal-case tracking-normal text-red-700">(required)</span>
        </label>
        <input
          ref={altRef}
          id={`${id}-alt`}
          type="text"
          required
          value={words.alt}
          maxLength={500}
          aria-invalid={altProblem ? true : undefined}
          aria-describedby={describedBy(`${id}-alt`, altProblem, Boolean(altHint))}
          onChange={(e) => onChange({ alt: e.target.value })}
          className={inputClassName}
        />
        {altHint && (
          <p id={`${id}-alt-hint`} className="mt-1 text-xs text-ink-soft">
            {altHint}
          </p>
        )}
        <FieldProblem id={`${id}-alt-error`} problem={altProblem} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-caption`} className={FIELD_LABEL}>
            Caption
          </label>
          <input id={`${id}-caption`} type="text" value={words.caption} maxLength={1000} onChange={(e) => onChange({ caption: e.target.value })} className={inputClassName} />
        </div>
        <div>
          <label htmlFor={`${id}-credit`} className={FIELD_LABEL}>
            Credit
          </label>
          <CreditInput id={id} value={words.credit} onChange={(credit) => onChange({ credit })} className={inputClassName} />
        </div>
      </div>
    </>
  );
}

/**
 * The photo credit of a library image, wherever one is typed (the library, its uploader, the
 * editor's image box, the stills and portrait picker): distributors' stills must be credited, so
 * an empty credit says so under the field until it is filled. The label stays with the caller.
 */
export function CreditInput({
  id,
  value,
  onChange,
  className,
  name,
  disabled,
}: {
  /** The field's id is `${id}-credit`, its warning's `${id}-credit-warning`. */
  id: string;
  value: string;
  onChange: (value: string) => void;
  className: string;
  name?: string;
  disabled?: boolean;
}) {
  const warning = `${id}-credit-warning`;
  return (
    <>
      <input
        id={`${id}-credit`}
        name={name}
        type="text"
        maxLength={300}
        value={value}
        placeholder="© Distributor / Photographer"
        disabled={disabled}
        aria-describedby={value.trim() ? undefined : warning}
        onChange={(e) => onChange(e.target.value)}
        className={className}
      />
      {!value.trim() && (
        <p id={warning} className="mt-1 text-xs font-medium text-amber-800">
          {MISSING_CREDIT}
        </p>
      )}
    </>
  );
}

/** An upload's progress (0–1), labelled for assistive technology. */
export function UploadProgress({ id, progress, label = 'Uploading' }: { id: string; progress: number; label?: string }) {
  return (
    <div className="flex items-center gap-2 text-xs text-ink-soft">
      <label htmlFor={`${id}-progress`}>{label}</label>
      <progress id={`${id}-progress`} value={progress} max={1} className="h-2 flex-1 accent-accent" />
      <span>{Math.round(progress * 100)}%</span>
    </div>
  );
}

/**
 * Sending one image with its words, where a form takes a single image (the editor's image box, the
 * stills and portrait picker): its progress while it goes, and why it failed when it did. The
 * server's per-field problems go back to the form, which shows them beside its fields.
 */
export function useImageUpload(onFieldErrors: (errors: Record<string, string[]>) => void) {
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState('');

  /** The stored image, or null when the upload failed (the message and field errors say why). */
  async function send(file: File, words: MediaWords): Promise<UploadedMedia | null> {
    setProgress(0);
    const result = await uploadMedia(file, words, setProgress);
    setProgress(null);
    if (result.ok) return result.media;
    setMessage(result.message);
    onFieldErrors(result.fieldErrors ?? {});
    return null;
  }

  return { progress, sending: progress !== null, message, clearMessage: () => setMessage(''), send };
}

/** The upload's progress while it goes, and its failure once it has failed. */
export function UploadStatus({ id, progress, message }: { id: string; progress: number | null; message: string }) {
  return (
    <>
      {progress !== null && <UploadProgress id={id} progress={progress} />}
      {message && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      )}
    </>
  );
}
