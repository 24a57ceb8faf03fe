/**
 * The image changes between two versions of a review, named for the history: the lead image
 * ("Lead image: changed from dancer.jpg to stage.jpg") and the figures added to or removed from the
 * text, which the word diff (diff.ts) does not show, having no words to align. Pure: the caller
 * says how each library image is called.
 */
import type { RichDoc } from './allow-list';
import { mediaIdsOf } from './sanitize';

/** What the history knows of a library image; undefined when it has been deleted since. */
export type ImageName = { fileName: string; alt: string } | undefined;

/** An image by its file name (what the writer chose on their computer), else its alt text. */
export function imageLabel(id: number, image: ImageName): string {
  if (!image) return `image #${id} (no longer in the library)`;
  return image.fileName.trim() || image.alt;
}

export function describeLeadImageChange(before: number | null, after: number | null, nameOf: (id: number) => ImageName): string | null {
  if (before === after) return null;
  const label = (id: number) => imageLabel(id, nameOf(id));
  if (before === null) return `Lead image: added ${label(after!)}`;
  if (after === null) return `Lead image: removed ${label(before)}`;
  return `Lead image: changed from ${label(before)} to ${label(after)}`;
}

/** The figures that appear in one body and not the other, in the order of the text. */
export function describeFigureChanges(before: RichDoc, after: RichDoc, nameOf: (id: number) => ImageName): string[] {
  const a = mediaIdsOf(before);
  const b = mediaIdsOf(after);
  return [
    ...a.filter((id) => !b.includes(id)).map((id) => `Image removed from the text: ${imageLabel(id, nameOf(id))}`),
    ...b.filter((id) => !a.includes(id)).map((id) => `Image added to the text: ${imageLabel(id, nameOf(id))}`),
  ];
}

/** Every image id two versions name, for looking their names up at once. */
export function imageIdsOfVersions(...versions: { body: RichDoc; leadImageId: number | null }[]): number[] {
  const ids = new Set<number>();
  for (const v of versions) {
    if (v.leadImageId !== null) ids.add(v.leadImageId);
    for (const id of mediaIdsOf(v.body)) ids.add(id);
  }
  return [...ids];
}
