import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, PRELOADED_FONTS } from './fonts';

const root = path.resolve(__dirname, '..');
const css = readFileSync(path.join(root, 'app', 'globals.css'), 'utf8');

describe('self-hosted fonts', () => {
  for (const [family, f] of Object.entries(FONT_FILES)) {
    for (const style of ['normal', 'italic'] as const) {
      it(`${family} ${style} is the installed package's file, under its version, and declared in globals.css`, () => {
        const version = JSON.parse(readFileSync(path.join(root, 'node_modules', f.package, 'package.json'), 'utf8')).version as string;
        const url = f[style];
        expect(url).toContain(`-${version}-`);
        const original = path.join(root, 'node_modules', f.package, 'files', path.basename(url).replace(`-${version}-`, '-'));
        expect(existsSync(original), original).toBe(true);
        expect(readFileSync(path.join(root, 'public', url)).equals(readFileSync(original))).toBe(true);
        expect(css).toContain(`url('${url}')`);
      });
    }
  }

  it('preloads only the upright faces', () => {
    expect(PRELOADED_FONTS).toEqual([FONT_FILES.serif.normal, FONT_FILES.sans.normal]);
  });
});
