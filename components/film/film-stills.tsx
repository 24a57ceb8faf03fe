import { MediaPicture } from '@/components/review/media-figure';
import type { ShownImage } from '@/lib/dal/types';
import { STILL_SIZES } from '@/lib/media-urls';

/**
 * The film's stills as a gallery of captioned thumbnails. Placed below the reviews, it is never on
 * the first screen: every image is lazy and none competes with the page's main content.
 */
export function FilmStills({ stills }: { stills: ShownImage[] }) {
  if (stills.length === 0) return null;
  return (
    <section aria-labelledby="stills-heading" className="space-y-6 render-lazily">
      <h2 id="stills-heading" className="border-b-2 border-ink pb-2 font-serif text-2xl font-black">
        Stills
      </h2>
      <ul className="grid grid-cols-2 gap-x-5 gap-y-8 md:grid-cols-3">
        {stills.map((s) => (
          <li key={s.id}>
            <figure>
              <MediaPicture image={s} alt={s.alt} sizes={STILL_SIZES} className="aspect-[16/9] h-auto w-full rounded-sm bg-rule object-cover" />
              {(s.caption || s.credit) && (
                <figcaption className="mt-2 text-xs leading-snug text-ink-soft md:text-sm">
                  {s.caption && <span className="mr-2">{s.caption}</span>}
                  {s.credit && <span className="text-[0.65rem] uppercase tracking-wider md:text-[0.7rem]">{s.credit}</span>}
                </figcaption>
              )}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
