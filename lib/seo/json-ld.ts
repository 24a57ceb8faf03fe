/**
 * schema.org structured data for a film page: a Movie with one Review per published critic review
 * and an AggregateRating. Pure, so it is unit-tested; the page passes it the same data it renders.
 * Spoiler reviews keep their rating and author but never their text (PRODUCT.md: spoilers never leak
 * into structured data).
 */
import { isoDuration } from '@/lib/dates';
import { MARK_MAX, toOutOfFiveNumber } from '@/lib/marks';
import type { RichDoc } from '@/lib/rich-text/allow-list';
import { docToText } from '@/lib/rich-text/text';
import { routes } from '@/lib/routes';

export type MovieJsonLdInput = {
  slug: string;
  title: string;
  originalTitle: string | null;
  synopsis: string;
  runtimeMinutes: number | null;
  genres: { name: string }[];
  releases: { date: string }[];
  credits: { role: string; people: { slug: string; name: string }[] }[];
  reviews: {
    id: number;
    reviewer: { penName: string; slug: string };
    mark: number | null;
    containsSpoilers: boolean;
    headline?: string | null;
    body: RichDoc;
    publishedAt: Date;
  }[];
  averageMark: number | null;
  markCount: number;
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

const BEST = MARK_MAX / 2;

function rating(mark: number, type: 'Rating' | 'AggregateRating', count?: number): { [k: string]: Json | undefined } {
  return {
    '@type': type,
    ratingValue: toOutOfFiveNumber(mark),
    bestRating: BEST,
    worstRating: 0,
    ...(count !== undefined ? { ratingCount: count } : {}),
  };
}

export function movieJsonLd(film: MovieJsonLdInput, siteUrl: string): { [k: string]: Json | undefined } {
  const url = `${siteUrl}${routes.film(film.slug)}`;
  const person = (p: { slug: string; name: string }) => ({ '@type': 'Person', name: p.name, url: `${siteUrl}${routes.person(p.slug)}` });
  const role = (r: string) => film.credits.find((c) => c.role === r)?.people ?? [];
  const firstRelease = [...film.releases].map((r) => r.date).sort()[0];
  const alternateName = film.originalTitle && film.originalTitle !== film.title ? film.originalTitle : undefined;

  return {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    '@id': url,
    url,
    name: film.title,
    alternateName,
    description: film.synopsis || undefined,
    director: role('director').map(person),
    actor: role('cast').map(person),
    datePublished: firstRelease,
    duration: film.runtimeMinutes ? isoDuration(film.runtimeMinutes) : undefined,
    genre: film.genres.map((g) => g.name),
    review: film.reviews.map((r) => ({
      '@type': 'Review',
      url: `${url}#review-${r.id}`,
      ...(r.headline ? { name: r.headline } : {}),
      author: { '@type': 'Person', name: r.reviewer.penName, url: `${siteUrl}${routes.reviewer(r.reviewer.slug)}` },
      datePublished: r.publishedAt.toISOString(),
      ...(r.mark !== null ? { reviewRating: rating(r.mark, 'Rating') } : {}),
      ...(r.containsSpoilers ? {} : { reviewBody: docToText(r.body) }),
    })),
    ...(film.averageMark !== null && film.markCount > 0
      ? { aggregateRating: rating(film.averageMark, 'AggregateRating', film.markCount) }
      : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so no string can close the script
 * element, and U+2028/U+2029 so the text stays valid JavaScript for older parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
