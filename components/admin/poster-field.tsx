'use client';

import { useRef, useState } from 'react';
import { Field } from '@/components/ui/form-controls';
import type { FormState } from '@/lib/forms';
import { POSTER_MAX_BYTES, POSTER_MAX_LABEL, posterTooLarge, posterUrl, type PosterImage } from '@/lib/poster-urls';

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * The poster's state, held by the form that sends it: the form checks the file's size before
 * sending (the server would refuse it after the whole upload) and drops the preview once saved.
 */
export function usePoster() {
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [remove, setRemove] = useState(false);
  return {
    state: { input, preview, setPreview, error, setError, remove, setRemove },
    /** Whether the form may be sent; if not, says why next to the field and moves focus there. */
    fitsBeforeSending(): boolean {
      const file = input.current?.files?.[0];
      if (!file || file.size <= POSTER_MAX_BYTES) return true;
      setError(`${posterTooLarge(file.size)} Nothing was saved.`);
      input.current?.focus();
      return false;
    },
    /** After a save the stored poster (from the refreshed server props) replaces the local preview. */
    saved() {
      if (input.current) input.current.value = '';
      setPreview(null);
      setRemove(false);
    },
  };
}

export function PosterField({
  poster: { state },
  stored,
  title,
  serverErrors,
}: {
  poster: ReturnType<typeof usePoster>;
  stored: PosterImage | null;
  title: string;
  serverErrors?: string[];
}) {
  const { input, preview, setPreview, error, setError, remove, setRemove } = state;
  const message = error ?? serverErrors?.join(' ');
  const shown = preview ?? (stored && !remove ? posterUrl(stored, 320, 'webp') : null);
  return (
    <>
      <div className="mx-auto w-40">
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) or our own variant
          <img src={shown} alt={`Poster of ${title || 'this film'}`} className="w-full rounded-sm shadow" />
        ) : (
          <div className="flex aspect-[2/3] w-full items-center justify-center rounded-sm border-2 border-dashed border-stone-300 text-center text-xs text-ink-soft">
            No poster
          </div>
        )}
      </div>
      <Field
        id="poster"
        label={stored ? 'Replace poster' : 'Poster image'}
        hint={`JPEG, PNG or WebP, at most ${POSTER_MAX_LABEL}. Camera and location data are removed.`}
        errors={message ? [message] : undefined}
      >
        {(a11y) => (
          <input
            {...a11y}
            ref={input}
            name="poster"
            type="file"
            accept={ACCEPTED.join(',')}
            className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-surface file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:border-accent"
            onChange={(e) => {
              const file = e.target.files?.[0];
              setError(null);
              if (preview) URL.revokeObjectURL(preview);
              setPreview(null);
              if (!file) return;
              if (file.size > POSTER_MAX_BYTES) {
                setError(posterTooLarge(file.size));
                return;
              }
              if (ACCEPTED.includes(file.type)) setPreview(URL.createObjectURL(file));
            }}
          />
        )}
      </Field>
      {stored && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="removePoster" checked={remove} onChange={(e) => setRemove(e.target.checked)} />
          Remove the poster
        </label>
      )}
    </>
  );
}

/**
 * What the film form says when its save never got an answer. With a poster attached, the likely
 * cause is the upload (a file over the server's body limit is cut off before the action runs);
 * without one, blaming the poster would send the person looking in the wrong place.
 */
export function unsentFilm(e: unknown, formData: FormData): FormState {
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    return { status: 'error', message: 'You are offline: nothing was saved. Your changes are still here; save again once connected.' };
  }
  const poster = formData.get('poster');
  const withPoster = poster instanceof File && poster.size > 0;
  // Next.js reports a refused request (413 from the size limit) as an unexpected response.
  if (withPoster && e instanceof Error && /unexpected response|body exceeded|too large|413/i.test(e.message)) {
    return {
      status: 'error',
      message: `The server refused the upload as too large; nothing was saved. A poster is a JPEG, PNG or WebP file of at most ${POSTER_MAX_LABEL}.`,
      fieldErrors: { poster: [`This upload was refused: choose an image of at most ${POSTER_MAX_LABEL}.`] },
    };
  }
  return {
    status: 'error',
    message: 'The film could not be saved: the server did not answer as expected. Nothing was saved; your changes are still here, so try again.',
  };
}
