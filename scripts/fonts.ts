/**
 * `npm run fonts`: writes public/fonts from the installed font packages (lib/font-subset.ts). Run it
 * after updating @fontsource-variable/*, rename the files in lib/fonts.ts and app/globals.css to the
 * new version, and commit the result; lib/fonts.test.ts checks that the committed files are what
 * this makes.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FONT_FILES } from '../lib/fonts';
import { packageFontFile, subsetFace } from '../lib/font-subset';

async function main() {
  const root = process.cwd();
  for (const face of Object.values(FONT_FILES)) {
    for (const style of ['normal', 'italic'] as const) {
      const out = await subsetFace(root, face, style);
      const before = statSync(packageFontFile(root, face, style)).size;
      writeFileSync(path.join(root, 'public', face[style]), out);
      console.log(`${face[style]}: ${(out.length / 1024).toFixed(1)} kB (the package's file: ${(before / 1024).toFixed(1)} kB)`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
