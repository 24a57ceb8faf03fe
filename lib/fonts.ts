/**
 * The site's two typefaces, self-hosted from public/fonts (copied from the npm packages named
 * below; lib/fonts.test.ts fails when a package update leaves the copies behind). They are
 * declared in app/globals.css, not through next/font: next/font preloads every file of a family,
 * italics included, and a first screen uses only the two upright faces (85 kB instead of 182 kB).
 * The italics load when a page first shows italic text.
 *
 * The version is in each file name, so the files are served as immutable (next.config.ts).
 */
export const FONT_FILES = {
  serif: { package: '@fontsource-variable/fraunces', normal: '/fonts/fraunces-5.3.0-latin-wght-normal.woff2', italic: '/fonts/fraunces-5.3.0-latin-wght-italic.woff2' },
  sans: { package: '@fontsource-variable/inter', normal: '/fonts/inter-5.3.0-latin-wght-normal.woff2', italic: '/fonts/inter-5.3.0-latin-wght-italic.woff2' },
} as const;

/** What the first screen of every page needs before it paints its text. */
export const PRELOADED_FONTS = [FONT_FILES.serif.normal, FONT_FILES.sans.normal];
