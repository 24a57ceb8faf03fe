/**
 * The film catalogue's vocabularies, defined once: the database enums, the seed, the admin forms and
 * the public credits block all read them from here.
 */

export const RELEASE_KINDS = ['cinema', 'streaming', 'tv', 'home_video', 'festival'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const RELEASE_KIND_LABELS: Record<ReleaseKind, string> = {
  cinema: 'Cinema',
  streaming: 'Streaming',
  tv: 'TV',
  home_video: 'Home video',
  festival: 'Festival',
};

/** Credit roles in the order the credits block lists them. */
export const CREDIT_ROLES = [
  'director',
  'writer',
  'based_on_characters_by',
  'producer',
  'cast',
  'cinematography',
  'editing',
  'music',
  'production_design',
  'costume_design',
  'casting',
  'other',
] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

/** The heading each role gets in a film's credits block ("Directed by Len Wiseman"). */
export const CREDIT_ROLE_HEADINGS: Record<CreditRole, string> = {
  director: 'Directed by',
  writer: 'Written by',
  based_on_characters_by: 'Based on Characters by',
  producer: 'Produced by',
  cast: 'Starring',
  cinematography: 'Cinematography',
  editing: 'Edited by',
  music: 'Music by',
  production_design: 'Production design',
  costume_design: 'Costume design',
  casting: 'Casting',
  other: 'Also credited',
};

/** How a person's page titles their work in one role ("As director"). */
export const CREDIT_ROLE_FILMOGRAPHY: Record<CreditRole, string> = {
  director: 'Director',
  writer: 'Writer',
  based_on_characters_by: 'Characters',
  producer: 'Producer',
  cast: 'Actor',
  cinematography: 'Cinematographer',
  editing: 'Editor',
  music: 'Composer',
  production_design: 'Production designer',
  costume_design: 'Costume designer',
  casting: 'Casting director',
  other: 'Other',
};

export const COMPANY_ROLES = ['production', 'distribution'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const COMPANY_ROLE_HEADINGS: Record<CompanyRole, string> = {
  production: 'Production companies',
  distribution: 'Distributed by',
};

/** ISO 3166-1 alpha-2 codes we print by name; others fall back to Intl.DisplayNames. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
