import { STATE_LABELS, type ReviewState } from '@/lib/workflow';

const TONES: Record<ReviewState | 'scheduled', string> = {
  draft: 'bg-stone-100 text-stone-800',
  in_review: 'bg-sky-100 text-sky-900',
  changes_requested: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  published: 'bg-accent/10 text-accent-dark',
  scheduled: 'bg-violet-100 text-violet-900',
};

export function StatusBadge({ status, scheduled }: { status: ReviewState; scheduled?: boolean }) {
  const key = scheduled && status === 'published' ? 'scheduled' : status;
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[key]}`}>
      {key === 'scheduled' ? 'Scheduled' : STATE_LABELS[status]}
    </span>
  );
}
