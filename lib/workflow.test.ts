import { describe, expect, it } from 'vitest';
import type { Viewer } from './auth/permissions';
import { ACTIONS, can } from './auth/permissions';
import { eventChecksFields, submissionProblems } from './validation/review';
import {
  MARK_NEEDED,
  REVIEW_EVENTS,
  REVIEW_STATES,
  TRANSITIONS,
  applyEvent,
  availableEvents,
  canEditReview,
  eventAuditAction,
  eventNeedsMark,
  eventPermission,
  stateAfterEdit,
  type WorkflowReview,
} from './workflow';

const author: Viewer = { kind: 'staff', id: 1, role: 'reviewer', name: 'Mulder', email: 'm@x' };
const otherReviewer: Viewer = { kind: 'staff', id: 2, role: 'reviewer', name: 'Sabine', email: 's@x' };
const editor: Viewer = { kind: 'staff', id: 3, role: 'editor', name: 'Ed', email: 'e@x' };
const admin: Viewer = { kind: 'staff', id: 4, role: 'admin', name: 'Ad', email: 'a@x' };
const anonymous: Viewer = { kind: 'anonymous' };

const review = (status: WorkflowReview['status'], extra: Partial<WorkflowReview> = {}): WorkflowReview => ({
  status,
  authorId: 1,
  mark: 8,
  hasLive: status === 'published',
  ...extra,
});

describe('the workflow table', () => {
  it('moves a review along the happy path', () => {
    expect(applyEvent(review('draft'), 'submit', author)).toEqual({ ok: true, to: 'in_review' });
    expect(applyEvent(review('in_review'), 'request_changes', editor)).toEqual({ ok: true, to: 'changes_requested' });
    expect(applyEvent(review('changes_requested'), 'submit', author)).toEqual({ ok: true, to: 'in_review' });
    expect(applyEvent(review('in_review'), 'approve', editor)).toEqual({ ok: true, to: 'approved' });
    expect(applyEvent(review('approved'), 'publish', editor)).toEqual({ ok: true, to: 'published' });
    expect(applyEvent(review('approved'), 'schedule', admin)).toEqual({ ok: true, to: 'published' });
    expect(applyEvent(review('published'), 'unpublish', editor)).toEqual({ ok: true, to: 'draft' });
    expect(applyEvent(review('in_review'), 'withdraw', author)).toEqual({ ok: true, to: 'draft' });
  });

  it('never lets a reviewer approve, publish, schedule, unpublish or request changes', () => {
    for (const status of REVIEW_STATES) {
      for (const event of ['approve', 'publish', 'schedule', 'unpublish', 'request_changes'] as const) {
        expect(applyEvent(review(status, { hasLive: true }), event, author).ok).toBe(false);
      }
    }
  });

  it('lets nobody act on someone else’s review as a reviewer, and nobody anonymous at all', () => {
    for (const status of REVIEW_STATES) {
      for (const event of REVIEW_EVENTS) {
        expect(applyEvent(review(status), event, otherReviewer).ok).toBe(false);
        expect(applyEvent(review(status), event, anonymous).ok).toBe(false);
      }
    }
  });

  it('refuses every event from a state it does not start from', () => {
    for (const status of REVIEW_STATES) {
      for (const event of REVIEW_EVENTS) {
        const expected = (TRANSITIONS[event].from as readonly string[]).includes(status);
        // The admin's own review: every permission holds, so only the state decides.
        const r = review(status, { hasLive: true, authorId: 4 });
        expect(applyEvent(r, event, admin).ok, `${event} from ${status}`).toBe(expected);
      }
    }
  });

  it('needs a mark to submit', () => {
    expect(applyEvent(review('draft', { mark: null }), 'submit', author)).toEqual({ ok: false, forbidden: false, reason: 'Choose a mark before submitting.' });
  });

  it('unpublishes only what is live, keeping a working copy in progress', () => {
    expect(applyEvent(review('approved', { hasLive: false }), 'unpublish', editor).ok).toBe(false);
    expect(applyEvent(review('in_review', { hasLive: true }), 'unpublish', editor)).toEqual({ ok: true, to: 'in_review' });
  });

  it('offers buttons by role', () => {
    expect(availableEvents(review('draft'), author)).toEqual(['submit']);
    expect(availableEvents(review('in_review'), author)).toEqual(['withdraw']);
    expect(availableEvents(review('in_review'), editor)).toEqual(['request_changes', 'approve']);
    expect(availableEvents(review('approved'), editor)).toEqual(['publish', 'schedule']);
    expect(availableEvents(review('published'), editor)).toEqual(['schedule', 'unpublish']);
    expect(availableEvents(review('published'), author)).toEqual([]);
  });
});

describe('editing', () => {
  it('lets authors edit drafts, sent-back and published reviews, and editors edit any', () => {
    expect(canEditReview(review('draft'), author)).toBe(true);
    expect(canEditReview(review('changes_requested'), author)).toBe(true);
    expect(canEditReview(review('published'), author)).toBe(true);
    expect(canEditReview(review('in_review'), author)).toBe(false);
    expect(canEditReview(review('approved'), author)).toBe(false);
    expect(canEditReview(review('draft'), otherReviewer)).toBe(false);
    // Editors edit any review in any state (PRODUCT.md: the desk copy-edits submissions).
    for (const s of REVIEW_STATES) expect(canEditReview(review(s), editor)).toBe(true);
    expect(canEditReview(review('draft'), anonymous)).toBe(false);
  });
  it('sends an edited published review back to draft', () => {
    expect(stateAfterEdit('published')).toBe('draft');
    expect(stateAfterEdit('in_review')).toBe('in_review');
  });
});

describe('one name per event', () => {
  it('fires each event with the permission spelled review.<event>, scheduling with review.publish', () => {
    for (const event of REVIEW_EVENTS) {
      const expected = event === 'schedule' ? 'review.publish' : `review.${event}`;
      expect(eventPermission(event)).toBe(expected);
      expect(TRANSITIONS[event].action).toBe(expected);
      expect(ACTIONS).toContain(expected);
    }
  });
  it('audits each event as review.<event>, the spelling already stored in audit_events', () => {
    expect(eventAuditAction('request_changes')).toBe('review.request_changes');
    for (const event of REVIEW_EVENTS) expect(eventAuditAction(event)).toBe(`review.${event}`);
  });
});

describe('a mark to submit', () => {
  it('is needed to submit, and checked again by every event that takes the review to the site', () => {
    for (const event of REVIEW_EVENTS) {
      expect(eventNeedsMark(event)).toBe(event === 'submit');
      if (eventNeedsMark(event)) expect(eventChecksFields(event)).toBe(true);
    }
    expect(REVIEW_EVENTS.filter(eventChecksFields)).toEqual(['submit', 'approve', 'publish', 'schedule']);
    expect(submissionProblems({ mark: null, seenOn: null, venue: null }, '2026-01-01')).toHaveProperty('mark');
    expect(applyEvent(review('draft', { mark: null }), 'submit', author)).toEqual({ ok: false, forbidden: false, reason: MARK_NEEDED });
  });
});

describe('the buttons offered, per role and state', () => {
  const viewers = { author, otherReviewer, editor, admin, anonymous };
  type Who = keyof typeof viewers;
  // Hand-written from the permission table (lib/auth/permissions.ts) and the transitions above:
  // what each person sees on the author's review (by id 1), with a live version or without.
  const expected: Record<WorkflowReview['status'], Partial<Record<Who, string[]>>> = {
    draft: { author: ['submit'], editor: [], admin: [] },
    in_review: { author: ['withdraw'], editor: ['request_changes', 'approve'], admin: ['request_changes', 'approve'] },
    changes_requested: { author: ['submit'], editor: [], admin: [] },
    approved: { author: [], editor: ['publish', 'schedule'], admin: ['publish', 'schedule'] },
    published: { author: [], editor: ['schedule', 'unpublish'], admin: ['schedule', 'unpublish'] },
  };

  for (const status of REVIEW_STATES) {
    for (const who of Object.keys(viewers) as Who[]) {
      it(`${status}, seen by ${who}`, () => {
        const offered = availableEvents(review(status), viewers[who]);
        expect(offered).toEqual(expected[status][who] ?? []);
        // Never a button the permission table refuses: the server would answer 403.
        for (const e of offered) expect(can(viewers[who], eventPermission(e), { ownerId: 1 })).toBe(true);
      });
    }
  }

  it('offers an editor neither the author’s Withdraw nor Submit for review on someone else’s review', () => {
    for (const status of REVIEW_STATES) {
      for (const v of [editor, admin]) {
        const offered = availableEvents(review(status, { hasLive: true }), v);
        expect(offered).not.toContain('withdraw');
        expect(offered).not.toContain('submit');
      }
    }
  });

  it('offers the author’s buttons to an editor on their own review', () => {
    const own = (status: WorkflowReview['status']) => review(status, { authorId: 3 });
    expect(availableEvents(own('draft'), editor)).toEqual(['submit']);
    expect(availableEvents(own('in_review'), editor)).toEqual(['withdraw', 'request_changes', 'approve']);
  });

  it('offers Unpublish on any state while a version is live, as the table says', () => {
    expect(availableEvents(review('draft', { hasLive: true }), editor)).toEqual(['unpublish']);
    expect(availableEvents(review('changes_requested', { hasLive: true }), author)).toEqual(['submit']);
  });
});
