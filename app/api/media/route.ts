/**
 * Uploads into the media library (a route handler rather than a server action so that the browser
 * can show the upload's progress). In this order, each step before any work the next one costs: a
 * same-site request, someone allowed to upload, a body within the size limit (counted as it
 * arrives), the words (alt text required), then the file's real type and pixels, decoded by sharp
 * one image at a time. Answers JSON: the new image, or what to correct.
 */
import { authorize } from '@/lib/dal/guard';
import { createMedia, getMediaItem } from '@/lib/dal/desk/media';
import { httpStatusOf, isDalError } from '@/lib/dal/errors';
import { isCrossSite } from '@/lib/http-origin';
import { readBytesWithLimit } from '@/lib/http-body';
import { normalizeMedia, storeMedia } from '@/lib/media';
import { MEDIA_MAX_BYTES, mediaTooLarge } from '@/lib/media-urls';
import { markStale, staleAfter } from '@/lib/stale';
import { mediaDetailsSchema, mediaFileNameSchema } from '@/lib/validation/media';

/** The file plus its form fields and multipart boundaries. */
const MAX_BODY_BYTES = MEDIA_MAX_BYTES + 64 * 1024;

function answer(status: number, error: string, fieldErrors?: Record<string, string[]>) {
  return Response.json({ error, ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: Request) {
  if (isCrossSite(request.headers)) return answer(403, 'Cross-site request.');
  try {
    await authorize('media.upload');
  } catch (e) {
    if (isDalError(e)) return answer(httpStatusOf(e), e.message);
    throw e;
  }
  const read = await readBytesWithLimit(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return read.reason === 'too_large'
      ? answer(413, `The upload is too large: an image is at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB.`, { file: [mediaTooLarge(MAX_BODY_BYTES + 1)] })
      : answer(400, 'The upload was interrupted: try again.');
  }
  let form: FormData;
  try {
    form = await new Response(read.bytes, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return answer(400, 'The upload could not be read: send it as a form.');
  }
  const details = mediaDetailsSchema.safeParse({ alt: form.get('alt') ?? '', caption: form.get('caption'), credit: form.get('credit') });
  const file = form.get('file');
  const fieldErrors: Record<string, string[]> = {};
  if (!details.success) {
    for (const issue of details.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
  }
  if (!(file instanceof File) || file.size === 0) fieldErrors.file = ['Choose an image file.'];
  else if (file.size > MEDIA_MAX_BYTES) fieldErrors.file = [mediaTooLarge(file.size)];
  if (!details.success || Object.keys(fieldErrors).length > 0 || !(file instanceof File)) {
    return answer(422, 'Nothing was uploaded: please correct the fields marked.', fieldErrors);
  }
  const checked = await normalizeMedia(new Uint8Array(await file.arrayBuffer()));
  if (!checked.ok) return answer(/busy/.test(checked.message) ? 503 : 415, checked.message, { file: [checked.message] });
  try {
    const stored = await storeMedia(checked.image);
    const id = await createMedia(stored, mediaFileNameSchema.parse(file.name), details.data);
    markStale(staleAfter.mediaChanged([]));
    return Response.json({ media: await getMediaItem(id) }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (e) {
    if (isDalError(e)) return answer(httpStatusOf(e), e.message);
    throw e;
  }
}
