/**
 * Makes the self-hosted font files from the installed npm packages (lib/fonts.ts says which, and
 * why). Node only: used by `npm run fonts` (scripts/fonts.ts) and by lib/fonts.test.ts, never by a page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LATIN_RANGES, type FontFace, type FontStyle } from './fonts';

const LATIN_TEXT = String.fromCodePoint(...LATIN_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)));

/** The installed package's own file of `style`, which the self-hosted one is made from. */
export function packageFontFile(root: string, face: FontFace, style: FontStyle): string {
  return path.join(root, 'node_modules', face.package, 'files', face.source(style));
}

/** The package's variable file of `style`, subset to the latin range, default features and the face's weights. */
export async function subsetFace(root: string, face: FontFace, style: FontStyle): Promise<Buffer> {
  return subsetFont(readFileSync(packageFontFile(root, face, style)), LATIN_TEXT, { targetFormat: 'woff2', variationAxes: { wght: face.weights } });
}
