import type { DeskView } from './desk-view';

/**
 * The result shape of the editor's save and workflow calls, shared by the server actions, the
 * leave-the-page route handler and the editor island.
 */
export type EditorResult =
  /**
   * `desk`: the review's stored workflow state for this viewer after the call (badge, buttons).
   * `rejected`: side fields a draft save could not store (they kept their stored value), by field.
   */
  | { ok: true; version: number; savedAt: string; status: string; desk?: DeskView; rejected?: Record<string, string[]> }
  | { ok: false; kind: 'invalid'; message: string; fieldErrors: Record<string, string[]> }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'refused'; message: string }
  | { ok: false; kind: 'signed_out'; message: string };
