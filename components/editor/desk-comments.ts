import type { ReviewForEditing } from '@/lib/dal/types';
import type { DeskComment } from './passage-comments';

/** A review's comments as the threads show them (instants as ISO text: they cross to the browser). */
export function toDeskComments(comments: ReviewForEditing['comments']): DeskComment[] {
  return comments.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    passage: c.passage,
    author: c.author,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    resolved: c.resolved,
  }));
}
