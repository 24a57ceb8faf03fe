'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { MEDIA_ACCEPTED, MEDIA_MAX_LABEL } from '@/lib/media-urls';
import { CreditInput, UploadProgress } from '@/components/media/image-fields';
import { fileProblem, uploadMedia } from './upload';

type Pending = {
  key: number;
  file: File;
  preview: string;
  alt: string;
  caption: string;
  credit: string;
  progress: number | null;
  error: string;
  fieldErrors: Record<string, string[]>;
  done: boolean;
};

const INPUT =
  'mt-1 block w-full rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';

/**
 * Adding images to the library: choose or drop several files, give each its alt text (required),
 * caption and credit, then upload them one after another, each with its progress. A file the
 * browser can already tell is wrong (too large, not an image) is refused at once.
 */
export function MediaUploader() {
  const router = useRouter();
  const [items, setItems] = useState<Pending[]>([]);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState('');
  const next = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);
  useEffect(() => () => itemsRef.current.forEach((i) => URL.revokeObjectURL(i.preview)), []);

  function add(files: FileList | File[]) {
    const refused: string[] = [];
    const fresh: Pending[] = [];
    for (const file of Array.from(files)) {
      const problem = fileProblem(file);
      if (problem) refused.push(`${file.name}: ${problem}`);
      else
        fresh.push({ key: next.current++, file, preview: URL.createObjectURL(file), alt: '', caption: '', credit: '', progress: null, error: '', fieldErrors: {}, done: false });
    }
    setItems((xs) => [...xs.filter((x) => !x.done), ...fresh]);
    setNotice(refused.join(' '));
  }

  const change = (key: number, patch: Partial<Pending>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  async function uploadAll(event: React.FormEvent) {
    event.preventDefault();
    const waiting = items.filter((i) => !i.done);
    const missingAlt = waiting.filter((i) => !i.alt.trim());
    if (missingAlt.length) {
      for (const i of missingAlt) change(i.key, { fieldErrors: { alt: ['Describe the image for readers who cannot see it.'] } });
      setNotice('Nothing was uploaded: every image needs its alt text.');
      document.getElementById(`alt-${missingAlt[0]!.key}`)?.focus();
      return;
    }
    setSending(true);
    setNotice('');
    let failures = 0;
    for (const item of waiting) {
      change(item.key, { progress: 0, error: '', fieldErrors: {} });
      const result = await uploadMedia(item.file, item, (progress) => change(item.key, { progress }));
      if (result.ok) change(item.key, { progress: 1, done: true });
      else {
        failures++;
        change(item.key, { progress: null, error: result.message, fieldErrors: result.fieldErrors ?? {} });
      }
    }
    setSending(false);
    setNotice(failures ? `${failures} image(s) could not be uploaded: see below.` : `${waiting.length} image(s) added to the library.`);
    router.refresh();
  }

  const waiting = items.filter((i) => !i.done);
  return (
    <section aria-labelledby="upload-heading" className="mb-10 rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
      <h2 id="upload-heading" className="text-lg font-semibold">
        Add images
      </h2>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add(e.dataTransfer.files);
        }}
        className={`mt-3 flex flex-col items-center justify-center gap-2 rounded-md border-2 border-dashed px-4 py-8 text-center text-sm ${dragging ? 'border-accent bg-accent/5' : 'border-stone-300'}`}
      >
        <p className="font-medium text-ink">Drop images here, or</p>
        <label htmlFor="media-files" className="cursor-pointer rounded-md border border-stone-300 bg-surface px-3 py-1.5 font-medium hover:border-accent hover:text-accent">
          Choose images
        </label>
        <input
          ref={input}
          id="media-files"
          type="file"
          multiple
          accept={MEDIA_ACCEPTED.join(',')}
          className="sr-only"
          onChange={(e) => {
            if (e.target.files) add(e.target.files);
            e.target.value = '';
          }}
        />
        <p className="text-xs text-ink-soft">JPEG, PNG or WebP, at most {MEDIA_MAX_LABEL} each. Camera and location data are removed.</p>
      </div>
      {notice && (
        <p role="status" className="mt-3 text-sm font-medium text-ink">
          {notice}
        </p>
      )}
      {items.length > 0 && (
        <form noValidate onSubmit={(e) => void uploadAll(e)} className="mt-4 space-y-4">
          <ul className="space-y-4">
            {items.map((item) => (
              <PendingCard key={item.key} item={item} onChange={(patch) => change(item.key, patch)} onRemove={() => setItems((xs) => xs.filter((x) => x.key !== item.key))} />
            ))}
          </ul>
          {waiting.length > 0 && (
            <button type="submit" disabled={sending} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent disabled:opacity-50">
              {sending ? 'Uploading…' : waiting.length === 1 ? 'Upload 1 image' : `Upload ${waiting.length} images`}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

function PendingCard({ item, onChange, onRemove }: { item: Pending; onChange: (patch: Partial<Pending>) => void; onRemove: () => void }) {
  const id = useId();
  const altError = item.fieldErrors.alt?.join(' ');
  return (
    <li className="flex flex-wrap gap-4 rounded-md border border-stone-200 p-3" aria-label={item.file.name}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) */}
      <img src={item.preview} alt="" className="h-24 w-36 rounded-sm object-cover" />
      <div className="min-w-0 flex-1 basis-72 space-y-2">
        <p className="truncate text-sm font-medium">{item.file.name}</p>
        {item.done ? (
          <p className="text-sm font-medium text-emerald-800">Uploaded.</p>
        ) : (
          <>
            <div>
              <label htmlFor={`alt-${item.key}`} className="text-sm font-medium">
                Alt text <span className="text-xs font-normal text-red-700">(required)</span>
              </label>
              <input
                id={`alt-${item.key}`}
                value={item.alt}
                required
                maxLength={500}
                aria-invalid={altError ? true : undefined}
                aria-describedby={altError ? `${id}-alt-error` : undefined}
                onChange={(e) => onChange({ alt: e.target.value, fieldErrors: { ...item.fieldErrors, alt: [] } })}
                className={INPUT}
              />
              {altError && (
                <p id={`${id}-alt-error`} className="mt-1 text-xs font-medium text-red-700">
                  {altError}
                </p>
              )}
            </div>
            <div className="grid gap-2 sm:grid-cols-2">
              <div>
                <label htmlFor={`${id}-caption`} className="text-sm font-medium">
                  Caption
                </label>
                <input id={`${id}-caption`} value={item.caption} maxLength={1000} onChange={(e) => onChange({ caption: e.target.value })} className={INPUT} />
              </div>
              <div>
                <label htmlFor={`${id}-credit`} className="text-sm font-medium">
                  Credit
                </label>
                <CreditInput id={id} value={item.credit} onChange={(credit) => onChange({ credit })} className={INPUT} />
              </div>
            </div>
            {item.progress !== null && (
              <UploadProgress id={id} progress={item.progress} label={`Uploading ${item.file.name}`} />
            )}
            {item.error && (
              <p role="alert" className="text-sm font-medium text-red-700">
                {item.error}
              </p>
            )}
            <button type="button" onClick={onRemove} className="text-sm text-ink-soft underline underline-offset-4 hover:text-accent">
              Leave out
            </button>
          </>
        )}
      </div>
    </li>
  );
}
