/**
 * Each film's two colours, derived from its slug so that a film keeps them everywhere: the poster
 * placeholder (components/film/poster.tsx) and the demo's generated stills (db/seed/images.ts).
 */
const PALETTE = [
  ['#3b0d11', '#a4161a'],
  ['#10263b', '#2f6690'],
  ['#1f2d16', '#55783a'],
  ['#2e1a47', '#7b4fa3'],
  ['#3a2a12', '#b5802a'],
  ['#14302c', '#2a8c7e'],
] as const;

/** A stable hash of a slug (also used to place the stills' shapes). */
export function slugHash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** The film's [dark, light] colours. */
export function filmColours(slug: string): readonly [string, string] {
  return PALETTE[slugHash(slug) % PALETTE.length]!;
}
