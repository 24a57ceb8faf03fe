import { describe, expect, it } from 'vitest';
import type { Viewer } from './auth/permissions';
import { deskViewOf, newerView, workflowChanged, type DeskRow } from './desk-view';

const author: Viewer = { kind: 'staff', id: 1, role: 'reviewer', name: 'Mulder', email: 'm@x' };
const editor: Viewer = { kind: 'staff', id: 3, role: 'editor', name: 'Ed', email: 'e@x' };
const at = new Date('2026-11-30T10:00:00Z');
const row = (extra: Partial<DeskRow> = {}): DeskRow => ({ version: 4, status: 'draft', authorId: 1, mark: 7, liveRevisionId: null, publishedAt: null, ...extra });

describe('the desk view', () => {
  it('turns an edited published review into a draft the author can submit again', () => {
    const published = deskViewOf(row({ status: 'published', liveRevisionId: 9, publishedAt: new Date('2026-11-01T10:00:00Z') }), author, at);
    expect(published).toMatchObject({ status: 'published', events: [], canEdit: true, live: { scheduled: false } });
    // The save answers with the stored state: a draft over the live version.
    const edited = deskViewOf(row({ version: 5, status: 'draft', liveRevisionId: 9, publishedAt: new Date('2026-11-01T10:00:00Z') }), author, at);
    expect(edited).toMatchObject({ status: 'draft', events: ['submit'], canEdit: true });
    expect(workflowChanged(published, edited)).toBe(true);
  });

  it('lets the editor edit a submission and offers only the desk’s buttons', () => {
    const v = deskViewOf(row({ status: 'in_review' }), editor, at);
    expect(v.canEdit).toBe(true);
    expect(v.events).toEqual(['request_changes', 'approve']);
    expect(deskViewOf(row({ status: 'changes_requested' }), editor, at).events).toEqual([]);
  });

  it('says scheduled while the publication time is ahead', () => {
    expect(deskViewOf(row({ status: 'published', liveRevisionId: 9, publishedAt: new Date('2026-12-01T10:00:00Z') }), editor, at).live).toEqual({
      publishedAt: '2026-12-01T10:00:00.000Z',
      scheduled: true,
    });
  });

  it('keeps the later version when a slow refresh arrives after a save', () => {
    const saved = deskViewOf(row({ version: 6, status: 'draft' }), author, at);
    const staleRefresh = deskViewOf(row({ version: 5, status: 'published', liveRevisionId: 9, publishedAt: at }), author, at);
    expect(newerView(saved, staleRefresh)).toBe(saved);
    expect(newerView(staleRefresh, saved)).toBe(saved);
    const sameVersionLater = { ...saved, live: { publishedAt: at.toISOString(), scheduled: false } };
    expect(newerView(saved, sameVersionLater)).toBe(sameVersionLater);
    expect(workflowChanged(saved, { ...saved, version: 7 })).toBe(false);
  });
});
