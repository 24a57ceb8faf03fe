import { describe, expect, it } from 'vitest';
import { ACTIONS, ANONYMOUS, PERMISSIONS, can, type Viewer } from './permissions';

const staff = (role: 'reviewer' | 'editor' | 'admin', id = 1): Viewer => ({ kind: 'staff', id, role, name: role, email: `${role}@x` });

describe('the permission table', () => {
  it('denies everything to anonymous visitors', () => {
    for (const action of ACTIONS) expect(can(ANONYMOUS, action)).toBe(false);
  });

  it('keeps staff management and the audit log to admins', () => {
    for (const action of ['staff.manage', 'audit.read'] as const) {
      expect(can(staff('admin'), action)).toBe(true);
      expect(can(staff('editor'), action)).toBe(false);
      expect(can(staff('reviewer'), action)).toBe(false);
    }
  });

  it('gives the desk actions to editors and admins only', () => {
    for (const action of ['review.approve', 'review.publish', 'review.unpublish', 'review.request_changes', 'queue.read', 'catalogue.manage'] as const) {
      expect(can(staff('editor'), action)).toBe(true);
      expect(can(staff('admin'), action)).toBe(true);
      expect(can(staff('reviewer'), action, { ownerId: 1 })).toBe(false);
    }
  });

  it('lets reviewers act on their own reviews only', () => {
    const mulder = staff('reviewer', 7);
    for (const action of ['review.read', 'review.edit', 'review.submit', 'review.withdraw', 'review.comment'] as const) {
      expect(can(mulder, action, { ownerId: 7 })).toBe(true);
      expect(can(mulder, action, { ownerId: 8 })).toBe(false);
      expect(can(mulder, action)).toBe(false);
    }
    for (const action of ['review.read', 'review.edit', 'review.comment'] as const) expect(can(staff('editor', 9), action, { ownerId: 7 })).toBe(true);
  });

  it('keeps submitting and withdrawing to the author, even for editors and admins', () => {
    for (const role of ['editor', 'admin'] as const) {
      for (const action of ['review.submit', 'review.withdraw'] as const) {
        expect(can(staff(role, 9), action, { ownerId: 7 })).toBe(false);
        expect(can(staff(role, 9), action, { ownerId: 9 })).toBe(true);
      }
    }
  });

  it('lets every writer use the media library, editors manage all of it, critics their own uploads', () => {
    const mulder = staff('reviewer', 7);
    for (const action of ['media.read', 'media.upload'] as const) expect(can(mulder, action)).toBe(true);
    for (const action of ['media.edit', 'media.delete'] as const) {
      expect(can(mulder, action, { ownerId: 7 })).toBe(true);
      expect(can(mulder, action, { ownerId: 8 })).toBe(false);
      expect(can(staff('editor', 9), action, { ownerId: 7 })).toBe(true);
    }
  });

  it('describes every action', () => {
    for (const action of ACTIONS) expect(PERMISSIONS[action].description.length).toBeGreaterThan(5);
  });
});
