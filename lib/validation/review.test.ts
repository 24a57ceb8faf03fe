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
  TEXT_FIELD_MAX,
  TEXT_STORED_MAX,
  tooLongMessage,
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

describe('headline, standfirst and search overrides', () => {
  it('are one line of text, empty meaning none, and a draft keeps them at any storable length', () => {
    const long = 'h'.repeat(TEXT_FIELD_MAX.headline + 50);
    const { fields, rejected } = parseDraft({ body, headline: `  A dancer\n  who kills  `, standfirst: '', seoTitle: long, seoDescription: '   ' });
    expect(rejected).toEqual({});
    expect(fields).toMatchObject({ headline: 'A dancer who kills', standfirst: null, seoTitle: long, seoDescription: null });
  });

  it('are refused by a draft only beyond what is stored, keeping the rest of the save', () => {
    const { fields, rejected } = parseDraft({ body, headline: 'x'.repeat(TEXT_STORED_MAX + 1), standfirst: 'Kept.' });
    expect(Object.keys(rejected)).toEqual(['headline']);
    expect(fields).toEqual({ body, standfirst: 'Kept.' });
  });

  it('must fit their line to be submitted, and say so next to the field', () => {
    const ready = { mark: 8, seenOn: null, venue: null };
    expect(submissionProblems({ ...ready, headline: 'h'.repeat(TEXT_FIELD_MAX.headline), standfirst: null }, TODAY)).toEqual({});
    expect(
      submissionProblems(
        {
          ...ready,
          headline: 'h'.repeat(TEXT_FIELD_MAX.headline + 1),
          standfirst: 's'.repeat(TEXT_FIELD_MAX.standfirst + 1),
          seoTitle: 't'.repeat(TEXT_FIELD_MAX.seoTitle + 1),
          seoDescription: 'd'.repeat(TEXT_FIELD_MAX.seoDescription + 1),
        },
        TODAY,
      ),
    ).toEqual({
      headline: [tooLongMessage(TEXT_FIELD_MAX.headline)],
      standfirst: [tooLongMessage(TEXT_FIELD_MAX.standfirst)],
      seoTitle: [tooLongMessage(TEXT_FIELD_MAX.seoTitle)],
      seoDescription: [tooLongMessage(TEXT_FIELD_MAX.seoDescription)],
    });
    expect(fieldProblems({ mark: 8, seenOn: '', venue: '', headline: 'h'.repeat(TEXT_FIELD_MAX.headline + 1) }, TODAY)).toEqual({
      headline: [tooLongMessage(TEXT_FIELD_MAX.headline)],
    });
  });
});

describe('the lead image', () => {
  it('is a library id or nothing: the form’s text becomes a number, an empty value removes it', () => {
    expect(parseDraft({ body, leadImageId: '12' }).fields.leadImageId).toBe(12);
    expect(parseDraft({ body, leadImageId: 7 }).fields.leadImageId).toBe(7);
    expect(parseDraft({ body, leadImageId: '' }).fields.leadImageId).toBeNull();
    expect(parseDraft({ body, leadImageId: null }).fields.leadImageId).toBeNull();
  });

  it('keeps the stored one when the value cannot be an id, and stores the text anyway', () => {
    for (const bad of ['abc', '../media/1', -3, 0, 1.5, '1e3', { id: 1 }]) {
      const { fields, rejected } = parseDraft({ body, leadImageId: bad });
      expect(fields).toEqual({ body });
      expect(rejected.leadImageId).toBeDefined();
    }
  });
});
