/**
 * Sending one image to the library (app/api/media/route.ts) with its words, reporting progress as
 * the bytes leave (XMLHttpRequest: fetch cannot tell upload progress). Shared by the library page
 * and the editor's image panel.
 */
import { MEDIA_ACCEPTED, MEDIA_MAX_BYTES, mediaTooLarge } from '@/lib/media-urls';
import { routes } from '@/lib/routes';
import type { ResolvedMedia } from '@/lib/rich-text/image-node';

export type UploadedMedia = ResolvedMedia & { fileName: string };
export type UploadResult = { ok: true; media: UploadedMedia } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
export type MediaWords = { alt: string; caption: string; credit: string };

/** What can be told before sending: the server checks all of it again, from the bytes. */
export function fileProblem(file: File): string | null {
  if (file.size > MEDIA_MAX_BYTES) return mediaTooLarge(file.size);
  if (file.type && !(MEDIA_ACCEPTED as readonly string[]).includes(file.type)) return 'This file is not a JPEG, PNG or WebP image.';
  return null;
}

export function uploadMedia(file: File, words: MediaWords, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.set('file', file);
    form.set('alt', words.alt);
    form.set('caption', words.caption);
    form.set('credit', words.credit);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', routes.mediaUpload());
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { media?: UploadedMedia; error?: string; fieldErrors?: Record<string, string[]> };
      if (xhr.status === 201 && body.media) {
        onProgress(1);
        resolve({ ok: true, media: body.media });
      } else {
        resolve({ ok: false, message: body.error ?? `The upload failed (${xhr.status}). Nothing was saved.`, fieldErrors: body.fieldErrors });
      }
    };
    xhr.onerror = () =>
      resolve({ ok: false, message: navigator.onLine ? 'The upload was interrupted: try again.' : 'You are offline: nothing was uploaded. Try again once connected.' });
    xhr.send(form);
  });
}
