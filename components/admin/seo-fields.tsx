'use client';

import { Field, inputClass } from '@/components/ui/form-controls';
import {
  clipForSnippet,
  lengthAdvice,
  printedTitle,
  SEO_DESCRIPTION_GUIDE,
  SEO_TITLE_GUIDE,
  SITE_NAME,
  type PageMeta,
} from '@/lib/seo/snippet';

/**
 * The search title and description overrides of a page, with a live preview of the search result
 * and the social card they make. `meta` is what the public page will carry (lib/seo/snippet.ts,
 * the same derivation generateMetadata uses), computed by the caller from the current values.
 * With `names`, the inputs post with a plain form (the film editor); otherwise they are controlled.
 */
export function SeoFields({
  idPrefix,
  title,
  description,
  onTitle,
  onDescription,
  derived,
  meta,
  path,
  errors,
  disabled = false,
  names = false,
  image,
}: {
  idPrefix: string;
  title: string;
  description: string;
  onTitle: (v: string) => void;
  onDescription: (v: string) => void;
  /** What the page carries when both fields are left empty: shown as the placeholders. */
  derived: PageMeta;
  meta: PageMeta;
  /** The page's path, e.g. /films/ballerina. */
  path: string;
  errors: (field: 'seoTitle' | 'seoDescription') => string[] | undefined;
  disabled?: boolean;
  names?: boolean;
  /** The page's share image when it has one (as last saved); else a stand-in in the site's colours. */
  image?: string;
}) {
  const shownTitle = printedTitle(meta.title);
  const titleAdvice = lengthAdvice(shownTitle, SEO_TITLE_GUIDE);
  const descriptionAdvice = lengthAdvice(meta.description, SEO_DESCRIPTION_GUIDE);
  const crumbs = path.split('/').filter(Boolean);
  return (
    <div className="space-y-4">
      <Field
        id={`${idPrefix}seoTitle`}
        label="Search title"
        errors={errors('seoTitle')}
        hintAfter
        hint={<span className={titleAdvice.over ? 'font-semibold text-amber-800' : ''}>{titleAdvice.message}</span>}
      >
        {(a11y) => (
          <input
            {...a11y}
            name={names ? 'seoTitle' : undefined}
            value={title}
            disabled={disabled}
            placeholder={printedTitle(derived.title)}
            onChange={(e) => onTitle(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}seoDescription`}
        label="Search description"
        errors={errors('seoDescription')}
        hintAfter
        hint={<span className={descriptionAdvice.over ? 'font-semibold text-amber-800' : ''}>{descriptionAdvice.message}</span>}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            name={names ? 'seoDescription' : undefined}
            rows={3}
            value={description}
            disabled={disabled}
            placeholder={derived.description}
            onChange={(e) => onDescription(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <p className="text-xs text-ink-soft">Left empty, the page uses what the placeholders show.</p>

      <figure aria-label="Search result preview" className="rounded-md border border-stone-200 bg-surface p-4 font-sans">
        <figcaption className="mb-2 text-[0.7rem] font-semibold uppercase tracking-wider text-ink-soft">Search result</figcaption>
        <p className="truncate text-xs text-stone-700">
          {SITE_NAME.toLowerCase()}.example{crumbs.map((c) => ` › ${c}`).join('')}
        </p>
        <p data-testid="snippet-title" className="mt-0.5 text-lg leading-snug text-link">
          {clipForSnippet(shownTitle, SEO_TITLE_GUIDE)}
        </p>
        <p data-testid="snippet-description" className="mt-1 text-sm leading-snug text-stone-700">
          {clipForSnippet(meta.description, SEO_DESCRIPTION_GUIDE)}
        </p>
      </figure>

      <figure aria-label="Social card preview" className="overflow-hidden rounded-md border border-stone-200 bg-surface font-sans">
        <figcaption className="sr-only">Social card</figcaption>
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a generated route, not a static asset
          <img src={image} alt="" width={1200} height={630} loading="lazy" className="block aspect-[1.91/1] h-auto w-full bg-paper-deep object-cover" />
        ) : (
          <div aria-hidden className="flex aspect-[1.91/1] items-end bg-gradient-to-br from-[#1c1917] to-[#7a0f12] p-4">
            <span className="font-serif text-xl font-black leading-tight text-white">{SITE_NAME}</span>
          </div>
        )}
        <div className="border-t border-stone-200 bg-stone-50 px-3 py-2">
          <p className="text-[0.7rem] uppercase tracking-wider text-ink-soft">{SITE_NAME.toLowerCase()}.example</p>
          {/* Open Graph titles carry no site suffix: the card names the site above. */}
          <p data-testid="card-title" className="truncate text-sm font-semibold text-ink">{meta.title.text}</p>
          <p className="line-clamp-2 text-xs text-ink-soft">{meta.description}</p>
        </div>
      </figure>
    </div>
  );
}
