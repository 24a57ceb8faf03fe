/**
 * No image work for someone who may not manage the catalogue: the film action checks the
 * permission before the poster is decoded (a crafted request with a fake cookie used to get sharp
 * to run for seconds before saveFilm refused it).
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';

const decoded = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/posters', async (original) => {
  const real = await original<typeof import('@/lib/posters')>();
  return {
    ...real,
    normalizePoster: async (bytes: Uint8Array) => {
      decoded.count++;
      return real.normalizePoster(bytes);
    },
  };
});
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new Error('403');
  },
  redirect: (url: string) => {
    throw new Error(`redirect to ${url}`);
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { db } = useTempDatabase();
let saveFilmAction: typeof import('@/app/admin/films/actions').saveFilmAction;

beforeAll(async () => {
  await seedDemo(db, []);
  ({ saveFilmAction } = await import('@/app/admin/films/actions'));
});

async function formWithPoster() {
  const jpeg = await sharp({ create: { width: 200, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer();
  const form = new FormData();
  form.set('title', 'Not Allowed');
  form.set('poster', new File([new Uint8Array(jpeg)], 'poster.jpg', { type: 'image/jpeg' }));
  return form;
}

describe('poster upload gate', { timeout: 30_000 }, () => {
  it('decodes nothing for an anonymous caller', async () => {
    actAs(null);
    const state = await saveFilmAction({ status: 'idle' }, await formWithPoster());
    expect(state.status).toBe('error');
    expect(decoded.count).toBe(0);
  });

  it('decodes nothing for a reviewer (403)', async () => {
    actAs(db.select({ id: users.id }).from(users).where(eq(users.email, 'mulder@bobine.test')).get()!.id);
    await expect(saveFilmAction({ status: 'idle' }, await formWithPoster())).rejects.toThrow('403');
    expect(decoded.count).toBe(0);
  });
});
