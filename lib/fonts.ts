/**
 * The site's two typefaces, self-hosted from public/fonts. They are declared in app/globals.css,
 * not through next/font: next/font preloads every file of a family, italics included, and a first
 * screen uses only the two upright faces. The italics load when a page first shows italic text.
 *
 * Each file is the npm package's variable "latin" file cut down by `npm run fonts` (scripts/fonts.ts,
 * harfbuzz's subsetter): the same characters (fontsource's latin range, so French, German or Spanish
 * titles keep their accents), only the default OpenType features, and the weight axis limited to
 * the weights the site uses (the sans never goes below 400). lib/fonts.test.ts fails when a file is
 * not what the script makes of the installed package.
 *
 * The version and the weights are in each file name, so the files are served as immutable
 * (next.config.ts).
 */
export type FontFace = {
  package: string;
  /** The package's file name for a style, e.g. `inter-latin-wght-${style}.woff2`. */
  source: (style: FontStyle) => string;
  weights: { min: number; max: number };
  normal: string;
  italic: string;
};
export type FontStyle = 'normal' | 'italic';

export const FONT_FILES = {
  serif: {
    package: '@fontsource-variable/fraunces',
    source: (style) => `fraunces-latin-wght-${style}.woff2`,
    weights: { min: 300, max: 900 },
    normal: '/fonts/fraunces-5.3.0-latin-300-900-normal.woff2',
    italic: '/fonts/fraunces-5.3.0-latin-300-900-italic.woff2',
  },
  sans: {
    package: '@fontsource-variable/inter',
    source: (style) => `inter-latin-wght-${style}.woff2`,
    weights: { min: 400, max: 900 },
    normal: '/fonts/inter-5.3.0-latin-400-900-normal.woff2',
    italic: '/fonts/inter-5.3.0-latin-400-900-italic.woff2',
  },
} as const satisfies Record<string, FontFace>;

/** fontsource's "latin" unicode-range: the characters every file keeps. */
export const LATIN_RANGES: [number, number][] = [
  [0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da], [0x02dc, 0x02dc],
  [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191],
  [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];

/** What the first screen of every page needs before it paints its text. */
export const PRELOADED_FONTS = [FONT_FILES.serif.normal, FONT_FILES.sans.normal];
