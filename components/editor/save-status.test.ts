import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_WORDS, reviewBodyTooLarge } from '@/lib/rich-text/limits';
import { sanitizeDoc } from '@/lib/rich-text/sanitize';
import { isProblem, noticeAfterRefusal, statusAfterRefusal, statusAfterStep, statusText, type SaveStatus } from './save-status';

describe('the autosave status', () => {
  it('says when it saved, to the minute', () => {
    // In the site's zone (Paris, UTC+1 in January), whatever the machine's zone.
    expect(statusText({ kind: 'saved', at: new Date('2026-01-05T08:07:30Z') }, 'Europe/Paris')).toBe('Saved 09:07');
    expect(statusText({ kind: 'saved', at: new Date('2026-01-05T08:07:30Z') }, 'UTC')).toBe('Saved 08:07');
    expect(statusText({ kind: 'offline' }, 'UTC')).toBe('Offline — kept on this device');
    expect(statusText({ kind: 'saving' }, 'UTC')).toBe('Saving…');
    expect(statusText({ kind: 'retrying' }, 'UTC')).toBe('Not saved — retrying');
  });

  it('maps each refusal to its state', () => {
    // Fields to correct before an event: nothing was stored and nothing lost, the status stays.
    expect(statusAfterRefusal({ ok: false, kind: 'invalid', message: 'x', fieldErrors: {} })).toBeNull();
    expect(statusAfterRefusal({ ok: false, kind: 'conflict', message: 'x' })).toEqual({ kind: 'conflict' });
    expect(statusAfterRefusal({ ok: false, kind: 'signed_out', message: 'Sign in again.' })).toEqual({ kind: 'error', message: 'Sign in again.' });
    expect(statusText(statusAfterRefusal({ ok: false, kind: 'refused', message: 'not yours' })!, 'UTC')).toBe('Not saved — not yours');
  });

  it('tells the writer in the status why an oversized review was not saved', () => {
    const words = 'word '.repeat(MAX_REVIEW_WORDS / 6);
    const big = sanitizeDoc({ type: 'doc', content: Array.from({ length: 7 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: words }] })) });
    const status = statusAfterRefusal({ ok: false, kind: 'refused', message: reviewBodyTooLarge(big)! })!;
    expect(isProblem(status)).toBe(true);
    expect(statusText(status, 'UTC')).toMatch(/^Not saved — This review is too long to save \(70,000 words; the limit is 60,000\)\. Shorten it/);
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

describe('after a workflow step', () => {
  const ok = { ok: true, version: 5, savedAt: '2026-11-29T19:52:00Z', status: 'changes_requested' } as const;

  it('clears the red of an earlier refusal once a step succeeds', () => {
    const before = statusAfterRefusal({ ok: false, kind: 'refused', message: 'Choose a time in the future, or publish now.' })!;
    expect(isProblem(before)).toBe(true);
    const after = statusAfterStep(before, ok);
    expect(isProblem(after)).toBe(false);
    expect(statusText(after, 'Europe/Paris')).toBe('Saved 20:52');
  });

  it('keeps the save status when the step is refused for its own reasons: the text is still stored', () => {
    const saved = { kind: 'saved', at: new Date('2026-11-29T19:51:00Z') } as const;
    expect(statusAfterStep(saved, { ok: false, kind: 'invalid', message: 'x', fieldErrors: { publishAt: ['Choose a time in the future, or publish now.'] } })).toBe(saved);
    expect(statusAfterStep(saved, { ok: false, kind: 'refused', message: 'A review that is approved cannot be sent to “Withdraw”.' })).toBe(saved);
    expect(statusAfterStep(saved, { ok: true, version: 6, savedAt: '2026-11-29T19:59:00Z', status: 'approved' })).toBe(saved);
    expect(statusAfterStep(saved, { ok: false, kind: 'conflict', message: 'x' })).toEqual({ kind: 'conflict' });
  });

  it('tells a field’s error beside the field only, anything else above the buttons', () => {
    expect(noticeAfterRefusal({ ok: false, kind: 'invalid', message: 'Not scheduled.', fieldErrors: { publishAt: ['Choose a time in the future, or publish now.'] } })).toBeNull();
    expect(noticeAfterRefusal({ ok: false, kind: 'invalid', message: 'Not sent: correct the fields.', fieldErrors: { body: ['Too long.'] } })).toBe('Not sent: correct the fields.');
    expect(noticeAfterRefusal({ ok: false, kind: 'refused', message: 'Not yours.' })).toBe('Not yours.');
  });
});
