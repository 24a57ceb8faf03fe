import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_WORDS, reviewBodyTooLarge } from '@/lib/rich-text/limits';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { isProblem, statusAfterRefusal, statusText, type SaveStatus } from './save-status';

describe('the autosave status', () => {
  it('says when it saved, to the minute', () => {
    // In the site's zone (Paris, UTC+1 in January), whatever the machine's zone.
    expect(statusText({ kind: 'saved', at: new Date('2026-01-05T08:07:30Z') }, 'Europe/Paris')).toBe('Saved 09:07');
    expect(statusText({ kind: 'saved', at: new Date('2026-01-05T08:07:30Z') }, 'UTC')).toBe('Saved 08:07');
    expect(statusText({ kind: 'offline' })).toBe('Offline — kept on this device');
    expect(statusText({ kind: 'saving' })).toBe('Saving…');
    expect(statusText({ kind: 'retrying' })).toBe('Not saved — retrying');
  });

  it('maps each refusal to its state', () => {
    // Fields to correct before an event: nothing was stored and nothing lost, the status stays.
    expect(statusAfterRefusal({ ok: false, kind: 'invalid', message: 'x', fieldErrors: {} })).toBeNull();
    expect(statusAfterRefusal({ ok: false, kind: 'conflict', message: 'x' })).toEqual({ kind: 'conflict' });
    expect(statusAfterRefusal({ ok: false, kind: 'signed_out', message: 'Sign in again.' })).toEqual({ kind: 'error', message: 'Sign in again.' });
    expect(statusText(statusAfterRefusal({ ok: false, kind: 'refused', message: 'not yours' })!)).toBe('Not saved — not yours');
  });

  it('tells the writer in the status why an oversized review was not saved', () => {
    const words = 'word '.repeat(MAX_REVIEW_WORDS / 6);
    const big = sanitizeDoc({ type: 'doc', content: Array.from({ length: 7 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: words }] })) });
    const status = statusAfterRefusal({ ok: false, kind: 'refused', message: reviewBodyTooLarge(big)! })!;
    expect(isProblem(status)).toBe(true);
    expect(statusText(status)).toMatch(/^Not saved — This review is too long to save \(70,000 words; the limit is 60,000\)\. Shorten it/);
  });

  it('shows in red only what is not stored', () => {
    expect(isProblem({ kind: 'dirty' })).toBe(false);
    expect(isProblem({ kind: 'saved', at: new Date() })).toBe(false);
    expect(isProblem({ kind: 'conflict' })).toBe(true);
    expect(isProblem({ kind: 'retrying' })).toBe(true);
    expect(isProblem({ kind: 'offline' })).toBe(true);
    const partly: SaveStatus = { kind: 'saved', at: new Date('2026-01-05T08:07:30Z'), except: ['seenOn'] };
    expect(isProblem(partly)).toBe(true);
    expect(statusText(partly, 'UTC')).toBe('Saved 08:07, except Seen on: see the field');
  });
});
