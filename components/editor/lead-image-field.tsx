'use client';

import { useState } from 'react';
import { mediaPreviewUrl } from '@/lib/media-urls';
import type { ResolvedMedia } from '@/lib/rich-text/image-node';
import { ImagePanel } from './image-panel';

const QUIET = 'rounded-md border border-stone-300 bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent';

/**
 * The review's lead image: a preview of the chosen library image with its alt text and credit, and
 * the editor's own image box (upload, or pick from the library) to choose or change it. The value
 * is the image's id; the review saves it with its other fields.
 */
export function LeadImageField({
  value,
  onChange,
  lookup,
  remember,
  disabled,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  lookup: (id: number) => ResolvedMedia | undefined;
  remember: (m: ResolvedMedia) => void;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(0);
  const image = value === null ? undefined : lookup(value);
  return (
    <section aria-labelledby="lead-image-heading" className="space-y-3 rounded-lg border border-stone-200 bg-surface p-5 shadow-sm">
      <h2 id="lead-image-heading" className="text-sm font-semibold text-ink">
        Lead image
      </h2>
      {value === null ? (
        <p className="text-sm text-ink-soft">Optional. Shown at the head of the review, on the home page when it leads, and on share cards.</p>
      ) : image ? (
        <figure className="space-y-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own variant */}
          <img src={mediaPreviewUrl(image)} alt={image.alt} width={image.width} height={image.height} className="h-auto w-full rounded-sm border border-rule" />
          <figcaption className="text-xs text-ink-soft">
            {image.alt}
            {image.credit ? ` · ${image.credit}` : ''}
          </figcaption>
        </figure>
      ) : (
        <p className="text-sm text-ink-soft">Library image #{value}</p>
      )}
      {!disabled && !open && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={QUIET}
            onClick={() => {
              setKey((k) => k + 1);
              setOpen(true);
            }}
          >
            {value === null ? 'Choose a lead image' : 'Change the lead image'}
          </button>
          {value !== null && (
            <button type="button" className={QUIET} onClick={() => onChange(null)}>
              Remove the lead image
            </button>
          )}
        </div>
      )}
      {open && (
        <div className="-mx-5 overflow-hidden">
          <ImagePanel
            key={key}
            editor={null}
            initialFile={null}
            lookup={lookup}
            remember={remember}
            onPick={(m) => onChange(m.id)}
            onClose={() => setOpen(false)}
          />
        </div>
      )}
    </section>
  );
}
