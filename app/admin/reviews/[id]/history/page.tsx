import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { restoreRevisionAction } from '@/app/admin/reviews/actions';
import { PageHeader } from '@/components/admin/page-header';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { Button, buttonVariants } from '@/components/ui/button';
import { guarded } from '@/lib/auth/page-guard';
import { formatCalendarDate, formatInstant } from '@/lib/dates';
import { getRevisionComparison, listRevisions } from '@/lib/dal/desk/reviews';
import type { RevisionDetail, RevisionItem } from '@/lib/dal/types';
import { routes } from '@/lib/routes';
import { toOutOfFive } from '@/lib/marks';
import { diffRich } from '@/lib/rich-text/diff';
import { describeFigureChanges, describeLeadImageChange, imageLabel } from '@/lib/rich-text/image-changes';
import { recordIdParam } from '@/lib/validation/record-id';

export const metadata: Metadata = { title: 'History' };

const querySchema = z.object({
  from: z.coerce.number().int().positive().optional().catch(undefined),
  to: z.coerce.number().int().positive().optional().catch(undefined),
  error: z.enum(['conflict', 'refused']).optional().catch(undefined),
});

const FIELDS: { label: string; value: (r: RevisionDetail) => string }[] = [
  { label: 'Mark', value: (r) => (r.mark === null ? 'none' : toOutOfFive(r.mark)) },
  { label: 'Seen on', value: (r) => (r.seenOn ? formatCalendarDate(r.seenOn) : 'none') },
  { label: 'Venue', value: (r) => r.venue ?? 'none' },
  { label: 'Contains spoilers', value: (r) => (r.containsSpoilers ? 'yes' : 'no') },
  { label: 'Headline', value: (r) => r.headline ?? 'none' },
  { label: 'Standfirst', value: (r) => r.standfirst ?? 'none' },
  { label: 'Search title', value: (r) => r.seoTitle ?? 'none' },
  { label: 'Search description', value: (r) => r.seoDescription ?? 'none' },
  { label: 'Status', value: (r) => r.status.replace('_', ' ') },
];

export default async function ReviewHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const id = await recordIdParam(params);
  const query = querySchema.parse(await searchParams);
  const revisions = await guarded(() => listRevisions(id), routes.admin.reviewHistory(id));
  const newest = revisions[0]?.number ?? 1;
  const to = query.to ?? newest;
  const from = query.from ?? Math.max(1, to - 1);
  const cmp = await guarded(() => getRevisionComparison(id, from, to), routes.admin.reviewHistory(id));
  const parts = diffRich(cmp.from.body, cmp.to.body);
  const nameOf = (mediaId: number) => cmp.images[mediaId];
  const imageChanges = [
    describeLeadImageChange(cmp.from.leadImageId, cmp.to.leadImageId, nameOf),
    ...describeFigureChanges(cmp.from.body, cmp.to.body, nameOf),
  ].filter((c): c is string => c !== null);
  const fields = [
    ...FIELDS,
    { label: 'Lead image', value: (r: RevisionDetail) => (r.leadImageId === null ? 'none' : imageLabel(r.leadImageId, nameOf(r.leadImageId))) },
  ];

  return (
    <>
      <PageHeader title="Compare versions" description="What changed between two saved versions of this review.">
        <Link href={routes.admin.review(id)} className={buttonVariants('secondary')}>
          Back to the editor
        </Link>
      </PageHeader>
      {query.error && (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {query.error === 'conflict'
            ? 'Not restored: the review changed since you opened this page. Look again, then restore.'
            : 'Not restored: you cannot edit this review in its current state.'}
        </p>
      )}
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <RevisionSelect name="from" label="Older version" value={from} revisions={revisions} />
        <RevisionSelect name="to" label="Newer version" value={to} revisions={revisions} />
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </form>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Text changes" className="rounded-lg border border-stone-200 bg-surface p-6 shadow-sm">
          <p className="mb-4 text-xs text-ink-soft">
            <del className="bg-red-100 text-red-900">Removed</del> · <ins className="bg-emerald-100 text-emerald-900 no-underline">added</ins> ·{' '}
            <mark className="bg-amber-100 text-ink">formatting changed</mark>
          </p>
          {imageChanges.length > 0 && (
            <ul aria-label="Image changes" className="mb-4 space-y-1 border-b border-stone-100 pb-4 text-sm font-medium text-accent-dark">
              {imageChanges.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          <div className="whitespace-pre-wrap break-words font-serif text-lg leading-relaxed">
            <RevisionDiff parts={parts} />
          </div>
        </section>
        <aside className="space-y-6">
          <section aria-label="Field changes" className="rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
            <table className="w-full text-sm">
              <caption className="mb-2 text-left text-sm font-semibold uppercase tracking-wider text-ink-soft">Fields</caption>
              <thead>
                <tr className="text-left text-xs text-ink-soft">
                  <th scope="col" className="pb-1">Field</th>
                  <th scope="col" className="pb-1">#{cmp.from.number}</th>
                  <th scope="col" className="pb-1">#{cmp.to.number}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => {
                  const a = f.value(cmp.from);
                  const b = f.value(cmp.to);
                  return (
                    <tr key={f.label} className={a !== b ? 'font-semibold text-accent-dark' : ''}>
                      <th scope="row" className="py-1 pr-2 text-left font-medium">
                        {f.label}
                      </th>
                      <td className="py-1 pr-2 [overflow-wrap:anywhere]">{a}</td>
                      <td className="py-1 [overflow-wrap:anywhere]">{b}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          {cmp.canRestore && (
            <section aria-label="Restore" className="rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
              <p className="text-sm text-ink-soft">Restoring copies version #{cmp.from.number} into the working copy as a new version. Nothing is lost: the current text stays in the history.</p>
              <form action={restoreRevisionAction} className="mt-3">
                <input type="hidden" name="reviewId" value={id} />
                <input type="hidden" name="number" value={cmp.from.number} />
                <input type="hidden" name="version" value={cmp.version} />
                <Button type="submit" variant="secondary">
                  Restore version #{cmp.from.number}
                </Button>
              </form>
            </section>
          )}
        </aside>
      </div>
    </>
  );
}

function RevisionSelect({ name, label, value, revisions }: { name: string; label: string; value: number; revisions: RevisionItem[] }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className="mt-1 block rounded-md border border-stone-300 bg-surface px-3 py-2 text-sm">
        {revisions.map((r) => (
          <option key={r.id} value={r.number}>
            #{r.number} {r.reason} · {formatInstant(r.createdAt)}
          </option>
        ))}
      </select>
    </div>
  );
}
