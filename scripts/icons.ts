/**
 * Derives the raster icons from Bobine's mark, app/icon.svg: app/favicon.ico (16, 32 and 48 px,
 * for browsers and tools that ask for /favicon.ico whatever the page says) and app/apple-icon.png
 * (180 px, opaque: iOS puts black behind transparent corners). Next.js serves the three files by
 * its file conventions and adds the <link> tags. Run `npm run icons` after changing the mark;
 * scripts/icons.test.ts fails while the committed files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const APP = path.join(__dirname, '..', 'app');
export const FAVICON_SIZES = [16, 32, 48] as const;
export const APPLE_ICON_SIZE = 180;
/** --color-accent in app/globals.css: the reel's colour, filling the square behind it. */
const ACCENT = '#a4161a';

async function render(svg: Buffer, size: number, background?: string): Promise<Buffer> {
  // The SVG's viewBox is 32 units: rasterise at four times the final size, then scale down.
  let image = sharp(svg, { density: (72 * size * 4) / 32 }).resize(size, size);
  if (background) image = image.flatten({ background });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file holding PNG images (understood by every browser since IE Vista), smallest first. */
export function icoFrom(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

export async function buildIcons(svg: Buffer = readFileSync(path.join(APP, 'icon.svg'))) {
  const favicon = icoFrom(await Promise.all(FAVICON_SIZES.map(async (size) => ({ size, png: await render(svg, size) }))));
  const appleIcon = await render(svg, APPLE_ICON_SIZE, ACCENT);
  return { favicon, appleIcon };
}

if (require.main === module) {
  void buildIcons().then(({ favicon, appleIcon }) => {
    writeFileSync(path.join(APP, 'favicon.ico'), favicon);
    writeFileSync(path.join(APP, 'apple-icon.png'), appleIcon);
    console.log('Wrote app/favicon.ico and app/apple-icon.png from app/icon.svg.');
  });
}
