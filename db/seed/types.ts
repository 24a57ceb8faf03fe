/**
 * The shape of Bobine's demo content. The demo is written as plain data (films with their real
 * credits, and short reviews by the house critics); db/seed/index.ts turns it into rows and turns
 * review paragraphs into Tiptap JSON documents.
 */
import type { CompanyRole, CreditRole, ReleaseKind } from '../../lib/catalogue';

/** Pen-name slugs of the demo critics (see db/seed/staff.ts). */
export type DemoCritic = 'mulder' | 'sabine' | 'margaux';

/**
 * A block of review text. A plain string is a paragraph; inline **bold** and *italic* are the only
 * markup understood (turned into Tiptap marks by the seed, never into HTML).
 */
export type DemoBlock = string | { heading: string } | { quote: string } | { bullets: string[] };

export type DemoReview = {
  critic: DemoCritic;
  /** 0–10 half-star steps: 8 = ★★★★☆ = 4/5. */
  mark: number;
  /** YYYY-MM-DD */
  seenOn: string;
  venue: string;
  containsSpoilers?: boolean;
  /** When it went public, ISO instant; defaults to the day after seenOn at 09:00 UTC. */
  publishedAt?: string;
  body: DemoBlock[];
};

export type DemoFilm = {
  slug: string;
  title: string;
  originalTitle: string;
  synopsis: string;
  releaseKind: ReleaseKind;
  runtimeMinutes: number | null;
  ageRating?: string;
  genres: string[];
  releases: { country: string; date: string; kind?: ReleaseKind; certification?: string }[];
  /** Every role but cast, people in credit order. */
  crew: Partial<Record<Exclude<CreditRole, 'cast'>, string[]>>;
  /** Billing order; character where known. */
  cast: { name: string; character?: string }[];
  companies: Partial<Record<CompanyRole, string[]>>;
  reviews: DemoReview[];
};
