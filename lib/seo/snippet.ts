/**
 * What a page says about itself to search engines and social cards, derived once: the public
 * pages' generateMetadata and the desk's snippet preview both call these, so the preview shows the
 * very title and description a visitor's search result and share card will carry. Pure, with no
 * server imports (the preview runs in the editor island).
 */

/** What search results show before cutting (Google trims titles near 600 px ≈ 60 characters). */
export const SEO_TITLE_GUIDE = 60;
/** …and descriptions near 920 px ≈ 155 characters. */
export const SEO_DESCRIPTION_GUIDE = 155;
export const SITE_NAME = 'Bobine';
/** The root layout's title template (app/layout.tsx): derived titles are printed inside it. */
export const titleInTemplate = (title: string) => `${title} · ${SITE_NAME}`;

/**
 * A page title: `absolute` when an editor wrote it (printed exactly as typed, no site suffix),
 * else a derived title that goes through the site's template.
 */
export type PageTitle = { text: string; absolute: boolean };

export type PageMeta = { title: PageTitle; description: string };

/** The title as the browser tab, search result and share card print it. */
export function printedTitle(t: PageTitle): string {
  return t.absolute ? t.text : titleInTemplate(t.text);
}

/** For Next.js's Metadata.title. */
export function metadataTitle(t: PageTitle): string | { absolute: string } {
  return t.absolute ? { absolute: t.text } : t.text;
}

const filled = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** The heading of a review: its headline, else the seed's "<Critic>'s Review". */
export function reviewHeading(review: { headline: string | null; reviewer: { penName: string } }): string {
  return filled(review.headline) ?? `${review.reviewer.penName}’s Review`;
}

export type ReviewMetaInput = {
  headline: string | null;
  standfirst: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  containsSpoilers: boolean;
  penName: string;
  /** The first lines of the review's text (lib/rich-text/text.ts `excerpt`). */
  excerpt: string;
};

export type FilmMetaInput = { title: string; year: number | null; synopsis: string; seoTitle: string | null; seoDescription: string | null };

/**
 * A review's own page: the editor's override, else the headline with who wrote about which film,
 * else "Mulder's review of Ballerina (2025)". The description: the override, else the standfirst,
 * else the opening of the text, never the text of a review with spoilers (the synopsis instead).
 */
export function reviewMeta(review: ReviewMetaInput, film: FilmMetaInput): PageMeta {
  const filmName = `${film.title}${film.year ? ` (${film.year})` : ''}`;
  const seoTitle = filled(review.seoTitle);
  const headline = filled(review.headline);
  const title: PageTitle = seoTitle
    ? { text: seoTitle, absolute: true }
    : { text: headline ? `${headline} — ${review.penName} on ${filmName}` : `${review.penName}’s review of ${filmName}`, absolute: false };
  const description =
    filled(review.seoDescription) ?? filled(review.standfirst) ?? (review.containsSpoilers ? null : filled(review.excerpt)) ?? film.synopsis;
  return { title, description };
}

/** A film page: the override, else "Ballerina (2025)"; the override, else the synopsis. */
export function filmMeta(film: FilmMetaInput): PageMeta {
  const seoTitle = filled(film.seoTitle);
  return {
    title: seoTitle ? { text: seoTitle, absolute: true } : { text: film.year ? `${film.title} (${film.year})` : film.title, absolute: false },
    description: filled(film.seoDescription) ?? film.synopsis,
  };
}

/** How a length compares with what search results show. */
export function lengthAdvice(text: string, guide: number): { length: number; over: boolean; message: string } {
  const length = [...text].length;
  const over = length > guide;
  return {
    length,
    over,
    message: over ? `${length} characters: search results cut after about ${guide}.` : `${length} of about ${guide} characters shown in search results.`,
  };
}

/** Cut to what a result shows, at a word, with an ellipsis. */
export function clipForSnippet(text: string, guide: number): string {
  const chars = [...text];
  if (chars.length <= guide) return text;
  const cut = chars.slice(0, guide).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > guide * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
