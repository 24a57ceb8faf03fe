/**
 * The review queue's URL (/admin/queue?q=&critic=&film=&state=&sort=&page=&review=): parsed here,
 * never trusted. A value that makes no sense is dropped, not an error, like the public lists.
 */
import { z } from 'zod';
import type { ReviewState } from '../workflow-states';

/** The states the queue lists; a draft is the author's own business until it is submitted. */
export const QUEUE_STATES = ['in_review', 'changes_requested', 'approved', 'published'] as const satisfies readonly ReviewState[];
export type QueueState = (typeof QUEUE_STATES)[number];

export const QUEUE_SORTS = ['waiting', 'recent'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_PAGE_SIZE = 20;

const id = z.coerce.number().int().positive().max(2 ** 31).optional().catch(undefined);

export const queueQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  critic: id,
  film: id,
  state: z.enum([...QUEUE_STATES, 'all']).catch('in_review').default('in_review'),
  sort: z.enum(QUEUE_SORTS).catch('waiting').default('waiting'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  review: id,
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;
