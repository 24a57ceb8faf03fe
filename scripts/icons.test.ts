import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { APPLE_ICON_SIZE, buildIcons, FAVICON_SIZES } from './icons';

const app = (file: string) => readFileSync(path.join(__dirname, '..', 'app', file));

/** The images of an ICO file, as its directory lists them. */
function icoImages(ico: Buffer): { width: number; png: Buffer }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { width: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

const pixels = async (png: Buffer) => (await sharp(png).raw().toBuffer({ resolveWithObject: true })).data;

describe('app icons', () => {
  it('favicon.ico holds the mark at 16, 32 and 48 px, each a PNG of the size its entry states', async () => {
    const images = icoImages(app('favicon.ico'));
    expect(images.map((i) => i.width)).toEqual([...FAVICON_SIZES]);
    for (const { width, png } of images) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', width, width]);
    }
  });

  it('apple-icon.png is opaque and 180 px square', async () => {
    const meta = await sharp(app('apple-icon.png')).metadata();
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([APPLE_ICON_SIZE, APPLE_ICON_SIZE, false]);
  });

  it('the committed icons are what `npm run icons` derives from app/icon.svg (not stale)', async () => {
    const built = await buildIcons();
    const committed = icoImages(app('favicon.ico'));
    const fresh = icoImages(built.favicon);
    for (let i = 0; i < fresh.length; i++) expect(await pixels(committed[i]!.png)).toEqual(await pixels(fresh[i]!.png));
    expect(await pixels(app('apple-icon.png'))).toEqual(await pixels(built.appleIcon));
  });
});
