/**
 * The browser's copy of a review's working copy, kept until the server acknowledges a save that
 * includes it: a crash, a closed tab or a network drop between two saves then costs nothing, and
 * reopening the review offers the copy back. Pure apart from the Storage it is given (localStorage
 * in the browser, a Map in tests).
 *
 * One copy per review and per signed-in person: someone else signing in on the same browser never
 * sees (or restores) another person's unsaved text. Each write carries a sequence number; a save
 * acknowledges the number it was read at, so an edit typed while that save was on its way keeps
 * the copy.
 */
import type { RichDoc } from '@/lib/rich-text/allow-list';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { parseDraft, TEXT_FIELDS, type TextField } from '@/lib/validation/review';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LocalCopy<F> = {
  /** Increases with each write in this browser. */
  seq: number;
  /** When it was typed (milliseconds since the epoch). */
  at: number;
  /** The stored version the writer was working from. */
  baseVersion: number;
  /** Which page wrote it: a save acknowledged in one tab never clears another tab's copy. */
  tab: string;
  fields: F;
};

const PREFIX = 'bobine.review-copy';

export function localCopyKey(userId: number, reviewId: number): string {
  return `${PREFIX}.${userId}.${reviewId}`;
}

function isCopy(v: unknown): v is LocalCopy<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    Number.isInteger(c.seq) && Number.isFinite(c.at) && Number.isInteger(c.baseVersion) && typeof c.tab === 'string' && typeof c.fields === 'object' && c.fields !== null
  );
}

export type LocalCopyStore<F> = {
  read(): LocalCopy<F> | null;
  /** Keeps `fields` as the latest working copy; returns its sequence number (unchanged when the fields are). */
  write(fields: F, baseVersion: number, at?: number): number;
  /** A save that included write `seq` was acknowledged: the copy goes unless it is newer. */
  acknowledge(seq: number): void;
  clear(): void;
  /** Whether a write is newer than the last acknowledged save (what would be lost now). */
  pending(): boolean;
};

export function createLocalCopyStore<F>(storage: StorageLike | null, key: string, tab: string = Math.random().toString(36).slice(2)): LocalCopyStore<F> {
  const read = (): LocalCopy<F> | null => {
    try {
      const raw = storage?.getItem(key);
      if (!raw) return null;
      const v: unknown = JSON.parse(raw);
      return isCopy(v) ? (v as LocalCopy<F>) : null;
    } catch {
      return null;
    }
  };
  let seq = read()?.seq ?? 0;
  let acked = seq;
  let last = '';
  return {
    read,
    write(fields, baseVersion, at = Date.now()) {
      const serialized = JSON.stringify(fields);
      // Nothing changed (a field set to what it was): nothing new to keep or to save.
      if (serialized === last) return seq;
      last = serialized;
      seq += 1;
      try {
        storage?.setItem(key, `{"seq":${seq},"at":${at},"baseVersion":${baseVersion},"tab":${JSON.stringify(tab)},"fields":${serialized}}`);
      } catch {
        // Storage full or refused (private mode): the server save still happens; nothing to add.
      }
      return seq;
    },
    acknowledge(upTo) {
      acked = Math.max(acked, upTo);
      const current = read();
      if (current && current.tab === tab && current.seq <= upTo) {
        try {
          storage?.removeItem(key);
        } catch {
          // Nothing to clean then.
        }
      }
    },
    clear() {
      acked = seq;
      last = '';
      try {
        storage?.removeItem(key);
      } catch {
        // As above.
      }
    },
    pending: () => seq > acked,
  };
}

/** The display texts are optional here: a copy kept before they existed has none. */
export type ReviewFields = { body: unknown; mark: unknown; seenOn: unknown; venue: unknown; containsSpoilers: unknown; leadImageId?: unknown } & Partial<Record<TextField, unknown>>;

/** A review's fields as they would be stored, in a fixed key order, for comparing two copies. */
function normalized(f: ReviewFields): string {
  const { fields } = parseDraft({ ...f });
  return JSON.stringify([
    fields.body,
    fields.mark ?? null,
    fields.seenOn ?? null,
    fields.venue ?? null,
    fields.containsSpoilers ?? false,
    ...TEXT_FIELDS.map((name) => fields[name] ?? null),
    fields.leadImageId ?? null,
  ]);
}

/**
 * Whether the copy on this device says something the stored version does not. Compared as stored
 * (the body reduced to the allow-list, empty fields as null), so that the editor's own way of
 * writing the same text never raises a false alarm.
 */
export function differsFromStored(local: ReviewFields, stored: ReviewFields): boolean {
  return normalized(local) !== normalized(stored);
}

/**
 * A kept copy as the editor's own values, whatever the storage held: the body reduced to the
 * allow-list, each field of its type or empty.
 */
export function editorFieldsOf(
  f: ReviewFields,
): { body: RichDoc; mark: number | ''; seenOn: string; venue: string; containsSpoilers: boolean; leadImageId: number | null } & Record<TextField, string> {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    body: sanitizeDoc(f.body, { comments: true }),
    mark: typeof f.mark === 'number' ? f.mark : '',
    seenOn: text(f.seenOn),
    venue: text(f.venue),
    containsSpoilers: f.containsSpoilers === true,
    headline: text(f.headline),
    standfirst: text(f.standfirst),
    seoTitle: text(f.seoTitle),
    seoDescription: text(f.seoDescription),
    leadImageId: typeof f.leadImageId === 'number' && Number.isSafeInteger(f.leadImageId) && f.leadImageId > 0 ? f.leadImageId : null,
  };
}
