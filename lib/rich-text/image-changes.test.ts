import { describe, expect, it } from 'vitest';
import type { RichDoc } from './allow-list';
import { describeFigureChanges, describeLeadImageChange, imageIdsOfVersions } from './image-changes';

const library: Record<number, { fileName: string; alt: string }> = {
  1: { fileName: 'dancer.jpg', alt: 'A dancer in red' },
  2: { fileName: 'stage.png', alt: 'An empty stage' },
  3: { fileName: '', alt: 'A corridor of mirrors' },
};
const nameOf = (id: number) => library[id];

const figure = (mediaId: number) => ({ type: 'image', attrs: { mediaId, alt: '', caption: '', credit: '', layout: 'column' } });
const doc = (...ids: number[]) =>
  ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] }, ...ids.map(figure)] }) as unknown as RichDoc;

describe('the lead image in the history', () => {
  it('names an added, removed or changed lead image by its file name', () => {
    expect(describeLeadImageChange(null, 1, nameOf)).toBe('Lead image: added dancer.jpg');
    expect(describeLeadImageChange(1, null, nameOf)).toBe('Lead image: removed dancer.jpg');
    expect(describeLeadImageChange(1, 2, nameOf)).toBe('Lead image: changed from dancer.jpg to stage.png');
    expect(describeLeadImageChange(2, 2, nameOf)).toBeNull();
    expect(describeLeadImageChange(null, null, nameOf)).toBeNull();
  });

  it('falls back to the alt text, and says when the image has left the library', () => {
    expect(describeLeadImageChange(3, 9, nameOf)).toBe('Lead image: changed from A corridor of mirrors to image #9 (no longer in the library)');
  });
});

describe('figures in the text', () => {
  it('names the figures added and removed, and nothing when only the words changed', () => {
    expect(describeFigureChanges(doc(1), doc(2, 3), nameOf)).toEqual([
      'Image removed from the text: dancer.jpg',
      'Image added to the text: stage.png',
      'Image added to the text: A corridor of mirrors',
    ]);
    expect(describeFigureChanges(doc(1, 2), doc(2, 1), nameOf)).toEqual([]);
  });

  it('gathers every image two versions name, once', () => {
    expect(imageIdsOfVersions({ body: doc(1, 2), leadImageId: 3 }, { body: doc(2), leadImageId: 1 }).sort()).toEqual([1, 2, 3]);
  });
});
