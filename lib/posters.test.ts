/** Poster uploads: the real type decides, metadata is stripped, size is capped. */
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTempDatabase } from '@/lib/test/temp-db';
import { POSTER_MAX_BYTES } from './poster-urls';
import { normalizePoster, sniffImageType } from './posters';

useTempDatabase();

describe('normalizePoster', () => {
  it('accepts a JPEG and re-encodes it without its EXIF data', async () => {
    const jpeg = await sharp({ create: { width: 200, height: 300, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Secret Owner', Artist: 'Someone' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const result = await normalizePoster(jpeg);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.poster.type).toBe('jpeg');
    expect([result.poster.width, result.poster.height]).toEqual([200, 300]);
    const meta = await sharp(result.poster.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(result.poster.data.includes(Buffer.from('Secret Owner'))).toBe(false);
  });

  it('accepts a PNG and a WebP', async () => {
    const base = sharp({ create: { width: 120, height: 180, channels: 4, background: '#00000000' } });
    const png = await normalizePoster(await base.clone().png().toBuffer());
    const webp = await normalizePoster(await base.clone().webp().toBuffer());
    expect(png.ok && png.poster.type).toBe('png');
    expect(webp.ok && webp.poster.type).toBe('webp');
  });

  it('refuses a text file whatever it is called', async () => {
    const script = Buffer.from('<script>alert(1)</script>\n#!/bin/sh\nrm -rf /\n');
    expect(sniffImageType(script)).toBeNull();
    const result = await normalizePoster(script);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/not a JPEG, PNG or WebP image/) });
  });

  it('refuses a file that starts like a JPEG but is not one', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really an image at all')]);
    const result = await normalizePoster(fake);
    expect(result.ok).toBe(false);
  });

  it('refuses other image types (GIF) and files over the limit', async () => {
    const gif = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#fff' } }).gif().toBuffer();
    expect((await normalizePoster(gif)).ok).toBe(false);
    const big = Buffer.alloc(POSTER_MAX_BYTES + 1, 0);
    const result = await normalizePoster(big);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/at most 8 MB/) });
  });
});

describe('image work is bounded', () => {
  it('runs one image at a time per process', async () => {
    const { oneImageAtATime } = await import('./posters');
    let running = 0;
    let most = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    };
    await Promise.all(Array.from({ length: 5 }, () => oneImageAtATime(work)));
    expect(most).toBe(1);
  });

  it('refuses uploads beyond the waiting room instead of queueing them', async () => {
    const jpeg = await sharp({ create: { width: 200, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const results = await Promise.all(Array.from({ length: 10 }, () => normalizePoster(jpeg)));
    expect(results.filter((r) => !r.ok && /busy/.test(r.message)).length).toBeGreaterThan(0);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
  });

  it('refuses an image whose header announces too many pixels, before decoding it', async () => {
    // A small PNG whose header claims 20000 × 20000: decoding it would need 1.2 GB.
    const png = await sharp({ create: { width: 60, height: 60, channels: 3, background: '#000' } }).png().toBuffer();
    // IHDR starts at byte 8: length (4), type (4), width (4), height (4), … then its CRC.
    png.writeUInt32BE(20000, 16);
    png.writeUInt32BE(20000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    const started = Date.now();
    const result = await normalizePoster(png);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/too large|could not be read/) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a poster whose file is missing (database restored without data/posters) is "none", not a crash', async () => {
    const { posterVariant } = await import('./posters');
    expect(await posterVariant('posters/0123456789abcdef.jpg', 160, 'webp')).toBeNull();
  });
});
