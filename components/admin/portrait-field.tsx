'use client';

import { useState, useTransition } from 'react';
import { setPortraitAction } from '@/app/admin/profile/actions';
import { setStaffPortraitAction } from '@/app/admin/staff/actions';
import { MediaPicker } from '@/components/media/media-picker';
import { initials } from '@/components/reviewer/critic-portrait';
import type { UploadedMedia } from '@/components/media/upload';
import { Button } from '@/components/ui/button';
import type { StillItem } from '@/lib/dal/types';
import { IDLE } from '@/lib/forms';
import { mediaPreviewUrl } from '@/lib/media-urls';

/**
 * The critic's portrait on their public profile: shown on /reviewers, on their page and beside
 * their byline. Chosen from the library or uploaded into it; saved at once. `userId`: someone
 * else's profile, from the admin's staff page; without it, one's own.
 */
export function PortraitField({ penName, initial, userId }: { penName: string; initial: StillItem | null; userId?: number }) {
  const [portrait, setPortrait] = useState(initial);
  const [choosing, setChoosing] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, startSaving] = useTransition();

  function save(next: UploadedMedia | null) {
    startSaving(async () => {
      const form = new FormData();
      form.set('mediaId', next ? String(next.id) : '');
      if (userId !== undefined) form.set('userId', String(userId));
      const result = await (userId === undefined ? setPortraitAction : setStaffPortraitAction)(IDLE, form);
      if (result.status === 'success') {
        setPortrait(next);
        setChoosing(false);
      }
      setStatus({ ok: result.status === 'success', text: result.message ?? '' });
    });
  }

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        {portrait ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own variant
          <img src={mediaPreviewUrl(portrait)} alt={portrait.alt} width={96} height={96} className="h-24 w-24 rounded-full border-2 border-ink object-cover" />
        ) : (
          <span aria-hidden="true" className="flex h-24 w-24 items-center justify-center rounded-full border-2 border-ink bg-paper-deep font-serif text-3xl font-black text-accent">
            {initials(penName)}
          </span>
        )}
        <div className="space-y-2 text-sm text-ink-soft">
          <p>
            {portrait
              ? `${userId === undefined ? 'Your' : `${penName}’s`} portrait, as readers see it beside the name.`
              : `No portrait yet: readers see ${userId === undefined ? 'your' : `${penName}’s`} initials.`}
          </p>
          {!choosing && (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" disabled={saving} onClick={() => setChoosing(true)}>
                {portrait ? 'Change portrait' : 'Choose a portrait'}
              </Button>
              {portrait && (
                <Button variant="danger" disabled={saving} onClick={() => save(null)}>
                  Remove portrait
                </Button>
              )}
            </div>
          )}
        </div>
      </div>
      {choosing && <MediaPicker label="Choose a portrait" submitLabel="Use as portrait" exclude={portrait ? [portrait.id] : []} onChoose={save} onCancel={() => setChoosing(false)} />}
      <p role="status" className={status?.ok === false ? 'text-sm font-medium text-red-700' : 'text-sm text-ink-soft'}>
        {saving ? 'Saving…' : status?.text}
      </p>
    </div>
  );
}
