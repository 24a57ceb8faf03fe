'use client';

import { useActionState, useId, useState } from 'react';
import { deleteMediaAction, updateMediaAction } from '@/app/admin/media/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/forms';
import { CreditInput } from '@/components/media/image-fields';

const INPUT =
  'mt-1 block w-full rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600 disabled:bg-stone-50';

/** An image's words in the library, and its delete button (refused, with why, while it is in use). */
export function MediaDetailsForm({
  item,
}: {
  item: { id: number; fileName: string; alt: string; caption: string | null; credit: string | null; canEdit: boolean; canDelete: boolean; inUse: boolean };
}) {
  const [state, action] = useActionState(updateMediaAction, IDLE);
  const [deleted, remove] = useActionState(deleteMediaAction, IDLE);
  const [credit, setCredit] = useState(state.values?.credit ?? item.credit ?? '');
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const value = (name: 'alt' | 'caption') => state.values?.[name] ?? item[name] ?? '';
  return (
    <div className="space-y-2">
      <form action={action} className="space-y-2" aria-label={`Details of ${item.fileName}`}>
        <input type="hidden" name="id" value={item.id} />
        <div>
          <label htmlFor={`${id}-alt`} className="text-xs font-semibold uppercase tracking-wider text-ink-soft">
            Alt text
          </label>
          <input
            id={`${id}-alt`}
            name="alt"
            required
            maxLength={500}
            defaultValue={value('alt')}
            disabled={!item.canEdit}
            aria-invalid={errors.alt ? true : undefined}
            aria-describedby={errors.alt ? `${id}-alt-error` : undefined}
            className={INPUT}
          />
          {errors.alt && (
            <p id={`${id}-alt-error`} className="mt-1 text-xs font-medium text-red-700">
              {errors.alt.join(' ')}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-caption`} className="text-xs font-semibold uppercase tracking-wider text-ink-soft">
            Caption
          </label>
          <input id={`${id}-caption`} name="caption" maxLength={1000} defaultValue={value('caption')} disabled={!item.canEdit} className={INPUT} />
        </div>
        <div>
          <label htmlFor={`${id}-credit`} className="text-xs font-semibold uppercase tracking-wider text-ink-soft">
            Credit
          </label>
          <CreditInput id={id} name="credit" value={credit} onChange={setCredit} disabled={!item.canEdit} className={INPUT} />
        </div>
        {item.canEdit && (
          <div className="flex items-center gap-3">
            <SubmitButton variant="secondary" pendingLabel="Saving…">
              Save
            </SubmitButton>
            {state.message && (
              <p role={state.status === 'error' ? 'alert' : 'status'} className={`text-sm ${state.status === 'error' ? 'text-red-700' : 'text-emerald-800'}`}>
                {state.message}
              </p>
            )}
          </div>
        )}
      </form>
      {item.canEdit && (
        <form action={remove} className="flex flex-wrap items-center gap-3 border-t border-dashed border-stone-200 pt-2">
          <input type="hidden" name="id" value={item.id} />
          <button
            type="submit"
            disabled={!item.canDelete}
            aria-describedby={item.inUse ? `${id}-in-use` : undefined}
            className="text-sm font-medium text-red-800 underline underline-offset-4 disabled:text-stone-400 disabled:no-underline"
          >
            Delete image
          </button>
          {item.inUse && (
            <span id={`${id}-in-use`} className="text-xs text-ink-soft">
              Used in a review: remove it there first.
            </span>
          )}
          {deleted.message && (
            <p role={deleted.status === 'error' ? 'alert' : 'status'} className="text-sm text-red-700">
              {deleted.message}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
