import { describe, expect, it } from 'vitest';
import { createLocalCopyStore, differsFromStored, editorFieldsOf, localCopyKey, type StorageLike } from './local-copy';

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const fields = (text: string, extra: Record<string, unknown> = {}) => ({ body: doc(text), mark: '', seenOn: '', venue: '', containsSpoilers: false, ...extra });

describe('the copy kept on this device', () => {
  it('is one per review and per person', () => {
    expect(localCopyKey(3, 14)).not.toBe(localCopyKey(4, 14));
    expect(localCopyKey(3, 14)).not.toBe(localCopyKey(3, 15));
  });

  it('is written on every change and survives the page (a new store reads it back)', () => {
    const storage = memoryStorage();
    const store = createLocalCopyStore(storage, 'k');
    store.write(fields('One.'), 5, 1000);
    store.write(fields('One. Two.'), 5, 2000);
    const reopened = createLocalCopyStore<ReturnType<typeof fields>>(storage, 'k');
    expect(reopened.read()).toEqual({ seq: 2, at: 2000, baseVersion: 5, tab: expect.any(String), fields: fields('One. Two.') });
    expect(reopened.pending()).toBe(false);
  });

  it('is cleared when a save that includes its latest write is acknowledged, and not before', () => {
    const storage = memoryStorage();
    const store = createLocalCopyStore(storage, 'k');
    const sent = store.write(fields('One.'), 5);
    // Typed while that save was on its way: the acknowledgement does not cover it.
    store.write(fields('One. Two.'), 5);
    expect(store.pending()).toBe(true);
    store.acknowledge(sent);
    expect(store.read()?.fields).toEqual(fields('One. Two.'));
    expect(store.pending()).toBe(true);
    store.acknowledge(sent + 1);
    expect(store.read()).toBeNull();
    expect(store.pending()).toBe(false);
  });

  it('counts a write of unchanged fields as no change', () => {
    const store = createLocalCopyStore(memoryStorage(), 'k');
    const first = store.write(fields('Same.'), 1);
    expect(store.write(fields('Same.'), 1)).toBe(first);
    expect(store.write(fields('Same. More.'), 1)).toBe(first + 1);
  });

  it('is never cleared by a save acknowledged in another tab', () => {
    const storage = memoryStorage();
    const tabA = createLocalCopyStore(storage, 'k', 'a');
    const tabB = createLocalCopyStore(storage, 'k', 'b');
    const a = tabA.write(fields('From A.'), 1);
    tabB.write(fields('From B, not saved yet.'), 1);
    tabA.acknowledge(a + 10);
    expect(tabB.read()?.fields).toEqual(fields('From B, not saved yet.'));
  });

  it('ignores what it cannot read, and works without storage', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(createLocalCopyStore(storage, 'k').read()).toBeNull();
    storage.setItem('k', JSON.stringify({ seq: 'x' }));
    expect(createLocalCopyStore(storage, 'k').read()).toBeNull();
    const none = createLocalCopyStore(null, 'k');
    expect(none.write(fields('x'), 1)).toBe(1);
    expect(none.read()).toBeNull();
  });

  it('keeps working when the storage refuses a write (full, private mode)', () => {
    const full: StorageLike = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    const store = createLocalCopyStore(full, 'k');
    expect(() => store.write(fields('x'), 1)).not.toThrow();
  });
});

describe('whether a copy differs from the stored version', () => {
  it('compares what would be stored, not how the editor spelled it', () => {
    const stored = { body: doc('Same.'), mark: 8, seenOn: null, venue: null, containsSpoilers: false };
    expect(differsFromStored(fields('Same.', { mark: 8, venue: '  ' }), stored)).toBe(false);
    expect(differsFromStored(fields('Same. More.', { mark: 8 }), stored)).toBe(true);
    expect(differsFromStored(fields('Same.', { mark: 7 }), stored)).toBe(true);
    expect(differsFromStored(fields('Same.', { mark: 8, venue: 'Grand Rex' }), stored)).toBe(true);
  });
});

describe('a kept copy compared with the stored version', () => {
  it('differs when only the headline does', () => {
    expect(differsFromStored(fields('Same.', { headline: 'New' }), fields('Same.', { headline: null }))).toBe(true);
    expect(differsFromStored(fields('Same.', { headline: '  ' }), fields('Same.', { headline: null }))).toBe(false);
  });
});

describe('a kept copy put back in the editor', () => {
  it('is reduced to what the editor accepts, whatever the storage held', () => {
    expect(editorFieldsOf({ body: { type: 'doc', content: [{ type: 'script' }] }, mark: '<b>', seenOn: 3, venue: null, containsSpoilers: 'yes' })).toEqual({
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
      mark: '',
      seenOn: '',
      venue: '',
      containsSpoilers: false,
      // A copy kept before reviews had headlines: the new fields come back empty.
      headline: '',
      standfirst: '',
      seoTitle: '',
      seoDescription: '',
      leadImageId: null,
    });
    // Only a library id comes back as the lead image.
    expect(editorFieldsOf({ body: null, mark: '', seenOn: '', venue: '', containsSpoilers: false, leadImageId: '../1' }).leadImageId).toBeNull();
    const kept = { mark: 7, seenOn: '2024-01-02', venue: 'Rex', containsSpoilers: true, headline: 'A dancer', standfirst: 'Who kills.', seoTitle: 'T', seoDescription: 'D', leadImageId: 4 };
    expect(editorFieldsOf(fields('Kept.', kept))).toEqual(fields('Kept.', kept));
  });
});
