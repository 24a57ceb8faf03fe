import { describe, expect, it } from 'vitest';
import {
  MARK_REQUIRED,
  SEEN_ON_FUTURE,
  VENUE_MAX,
  VENUE_STORED_MAX,
  VENUE_TOO_LONG,
  fieldProblems,
  parseDraft,
  reviewDraftSchema,
  submissionProblems,
} from './review';

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Every word counts.' }] }] };
const TODAY = '2026-11-30';

describe('a draft save (never blocked by a side field)', () => {
  it('stores what breaks only the submission rules: a long venue, a future date, no mark', () => {
    const long = 'v'.repeat(300);
    const { fields, rejected } = parseDraft({ body, mark: '', seenOn: '2099-01-01', venue: long, containsSpoilers: false });
    expect(rejected).toEqual({});
    expect(fields).toEqual({ body, mark: null, seenOn: '2099-01-01', venue: long, containsSpoilers: false });
  });

  it('keeps the body and the good fields when one field cannot be stored, and names that field', () => {
    const { fields, rejected } = parseDraft({ body, mark: 14, seenOn: '2025-02-31', venue: 'x'.repeat(VENUE_STORED_MAX + 1), containsSpoilers: true });
    expect(fields).toEqual({ body, containsSpoilers: true });
    expect(Object.keys(rejected).sort()).toEqual(['mark', 'seenOn', 'venue']);
  });

  it('leaves a field that was not sent to its stored value', () => {
    expect(parseDraft({ body })).toEqual({ fields: { body }, rejected: {} });
  });

  it('reduces the body to the allow-list whatever else is wrong', () => {
    const { fields } = parseDraft({ body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] }, mark: 'nope' });
    expect(fields.body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] });
  });
});

describe('the submission rules', () => {
  it('need a mark, a viewing date not after today and a venue that fits the printed line', () => {
    expect(submissionProblems({ mark: 8, seenOn: TODAY, venue: 'v'.repeat(VENUE_MAX) }, TODAY)).toEqual({});
    expect(submissionProblems({ mark: null, seenOn: '2026-12-01', venue: 'v'.repeat(VENUE_MAX + 1) }, TODAY)).toEqual({
      mark: [MARK_REQUIRED],
      seenOn: [SEEN_ON_FUTURE],
      venue: [VENUE_TOO_LONG],
    });
  });

  it('are what the editor shows next to each field, from the raw values typed', () => {
    expect(fieldProblems({ mark: '', seenOn: '2099-01-01', venue: 'v'.repeat(300) }, TODAY)).toEqual({
      mark: [MARK_REQUIRED],
      seenOn: [SEEN_ON_FUTURE],
      venue: [VENUE_TOO_LONG],
    });
    expect(fieldProblems({ mark: 8, seenOn: '', venue: '  ' }, TODAY)).toEqual({});
    // A field that cannot be stored says that, once.
    expect(fieldProblems({ mark: 8, seenOn: '2025-02-31', venue: '' }, TODAY)).toEqual({ seenOn: ['That date does not exist.'] });
  });

  it('leave the complete draft schema unchanged for whole inputs', () => {
    expect(reviewDraftSchema.parse({ body, mark: '7' })).toMatchObject({ mark: 7, seenOn: null, venue: null, containsSpoilers: false });
  });
});
