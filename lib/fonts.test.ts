import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFontFile, subsetFace } from './font-subset';
import { FONT_FILES, PRELOADED_FONTS } from './fonts';

const root = path.resolve(__dirname, '..');
const css = readFileSync(path.join(root, 'app', 'globals.css'), 'utf8');

describe('self-hosted fonts', () => {
  for (const [family, f] of Object.entries(FONT_FILES)) {
    for (const style of ['normal', 'italic'] as const) {
      it(`${family} ${style} is what npm run fonts makes of the installed package, under its version and weights, declared in globals.css`, async () => {
        const version = JSON.parse(readFileSync(path.join(root, 'node_modules', f.package, 'package.json'), 'utf8')).version as string;
        const url = f[style];
        expect(url).toContain(`-${version}-latin-${f.weights.min}-${f.weights.max}-${style}.woff2`);
        expect(existsSync(packageFontFile(root, f, style))).toBe(true);
        const made = await subsetFace(root, f, style);
        expect(readFileSync(path.join(root, 'public', url)).equals(made), `${url} differs from what npm run fonts makes: run it`).toBe(true);
        // The declaration names the file with the weights it holds (a weight outside them would be synthesised).
        const block = css.split('@font-face').find((b) => b.includes(`url('${url}')`));
        expect(block, `globals.css declares ${url}`).toBeDefined();
        expect(block).toContain(`font-weight: ${f.weights.min} ${f.weights.max};`);
        expect(block).toContain(`font-style: ${style};`);
      });
    }
  }

  it('preloads only the upright faces', () => {
    expect(PRELOADED_FONTS).toEqual([FONT_FILES.serif.normal, FONT_FILES.sans.normal]);
  });
});
