/**
 * Library files: what the image route relies on to answer 404 rather than 500, and the upload
 * rules that differ from posters'.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTempDatabase } from '@/lib/test/temp-db';
import { MEDIA_MAX_BYTES } from './media-urls';
import { mediaVariant, normalizeMedia } from './media';

useTempDatabase();

describe('library files', { timeout: 30_000 }, () => {
  it('a variant whose original is missing (a restore without data/media/) is "none", not a crash', async () => {
    expect(await mediaVariant('media/0123456789abcdef.jpg', '0123456789abcdef', 320, 'avif')).toBeNull();
  });

  it('never reads outside the media folder, whatever the stored path says', async () => {
    await expect(mediaVariant('../../etc/passwd', '0123456789abcdef', 320, 'webp')).rejects.toThrow(/outside the media folder/);
    await expect(mediaVariant('posters/0123456789abcdef.jpg', '0123456789abcdef', 320, 'webp')).rejects.toThrow(/outside the media folder/);
  });

  it('refuses a GIF, an image under 100 px and a file over the limit; keeps a large image within 4000 px', async () => {
    const gif = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#123' } }).gif().toBuffer();
    expect(await normalizeMedia(gif)).toMatchObject({ ok: false, message: expect.stringMatching(/not a JPEG, PNG or WebP/) });
    const tiny = await sharp({ create: { width: 90, height: 300, channels: 3, background: '#123' } }).png().toBuffer();
    expect(await normalizeMedia(tiny)).toMatchObject({ ok: false, message: expect.stringMatching(/too small/) });
    expect(await normalizeMedia(new Uint8Array(MEDIA_MAX_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringMatching(/at most 8 MB/) });
    const big = await sharp({ create: { width: 5000, height: 2000, channels: 3, background: '#456' } }).jpeg().toBuffer();
    const result = await normalizeMedia(big);
    expect(result).toMatchObject({ ok: true, image: { width: 4000, height: 1600, type: 'jpeg' } });
  });
});
