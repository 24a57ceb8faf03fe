import type { Metadata } from 'next';
import Link from 'next/link';
import { ListSearch } from '@/components/admin/list-search';
import { PageHeader } from '@/components/admin/page-header';
import { MediaDetailsForm } from '@/components/media/media-details-form';
import { MediaUploader } from '@/components/media/media-uploader';
import { Pagination } from '@/components/ui/pagination';
import { guarded } from '@/lib/auth/page-guard';
import { listMedia, mediaUseLabel } from '@/lib/dal/desk/media';
import { formatInstant } from '@/lib/dates';
import { mediaPreviewUrl } from '@/lib/media-urls';
import { routes } from '@/lib/routes';
import { mediaSearchSchema } from '@/lib/validation/media';

export const metadata: Metadata = { title: 'Media library' };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = mediaSearchSchema.parse(await searchParams);
  const { items, total, page, pageCount } = await guarded(() => listMedia(filter), routes.admin.media());
  const uncredited = items.filter((i) => !i.credit).length;
  return (
    <>
      <PageHeader
        title="Media library"
        description={`${total} ${total === 1 ? 'image' : 'images'}. Each needs alt text; film stills and photos need a credit.`}
      />
      <MediaUploader />
      <ListSearch label="Search the library" placeholder="File name, caption or credit" q={filter.q || undefined} />
      {uncredited > 0 && (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {uncredited === 1 ? 'One image on this page has' : `${uncredited} images on this page have`} no credit yet.
        </p>
      )}
      {items.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 p-10 text-center text-ink-soft">
          {filter.q ? `No image matches “${filter.q}”.` : 'No image yet: add the first one above.'}
        </p>
      ) : (
        <ul aria-label="Images" className="grid gap-6 md:grid-cols-2 2xl:grid-cols-3">
          {items.map((item) => (
            <li key={item.id} aria-label={item.fileName} className="overflow-hidden rounded-lg border border-stone-200 bg-surface shadow-sm">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own variant, sized */}
              <img src={mediaPreviewUrl(item)} alt={item.alt} width={item.width} height={item.height} loading="lazy" className="aspect-[16/9] w-full bg-stone-100 object-cover" />
              <div className="space-y-3 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="truncate font-medium" title={item.fileName}>
                    {item.fileName}
                  </p>
                  {!item.credit && <span className="rounded-sm bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">No credit</span>}
                </div>
                <p className="text-xs text-ink-soft">
                  {item.width} × {item.height} px · {size(item.bytes)} · added {formatInstant(item.createdAt)}
                  {item.uploader ? ` by ${item.uploader}` : ''}
                </p>
                <div className="text-sm">
                  <p className="text-xs font-semibold uppercase tracking-wider text-ink-soft">Used in</p>
                  {item.uses.length === 0 ? (
                    <p className="text-ink-soft">Nothing yet.</p>
                  ) : (
                    <ul className="mt-1 space-y-0.5">
                      {item.uses.map((u) => (
                        <li key={u.kind === 'review' ? `r${u.reviewId}` : u.kind === 'still' ? `s${u.filmId}` : `p${u.userId}`}>
                          {u.kind === 'review' ? (
                            <Link href={routes.admin.review(u.reviewId)} className="underline decoration-rule underline-offset-4 hover:text-accent">
                              {mediaUseLabel(u)}
                            </Link>
                          ) : u.kind === 'still' ? (
                            <Link href={routes.admin.film(u.filmId)} className="underline decoration-rule underline-offset-4 hover:text-accent">
                              {mediaUseLabel(u)}
                            </Link>
                          ) : (
                            <Link href={routes.reviewer(u.criticSlug)} className="underline decoration-rule underline-offset-4 hover:text-accent">
                              {mediaUseLabel(u)}
                            </Link>
                          )}
                          {u.kind !== 'portrait' && u.live && (
                            <>
                              {' '}
                              ·{' '}
                              <Link href={routes.film(u.filmSlug)} className="text-xs text-ink-soft underline underline-offset-4 hover:text-accent">
                                published
                              </Link>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <MediaDetailsForm
                  item={{
                    id: item.id,
                    fileName: item.fileName,
                    alt: item.alt,
                    caption: item.caption,
                    credit: item.credit,
                    canEdit: item.canEdit,
                    canDelete: item.canDelete,
                    inUse: item.uses.length > 0,
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} basePath={routes.admin.media()} params={{ q: filter.q || undefined }} />
    </>
  );
}
