/**
 * Stills and portraits: only editors attach stills to a film, in the order they give; a critic sets
 * only their own portrait (an admin anyone's); both count as uses in the library, which shows them
 * and refuses to delete the image while they last; the public reads show them.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { films, filmStills, media, reviewerProfiles, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { demoFilms } from '@/db/seed/films';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';
import { NotAllowed, Refused } from '../errors';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db } = useTempDatabase();
let stills: typeof import('./film-stills');
let portraits: typeof import('./portraits');
let library: typeof import('./media');
let publicFilms: typeof import('../public/films');
let publicReviewers: typeof import('../public/reviewers');
let mulder = 0;
let sabine = 0;
let editor = 0;
let admin = 0;
let film = { id: 0, slug: '' };
let n = 0;

const idOf = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;

/** A library record (no file needed: these rules only touch rows). */
function image(alt = 'A still') {
  const v = String(++n).padStart(16, '0');
  return db
    .insert(media)
    .values({ fileName: `still-${n}.jpg`, path: `media/${v}.jpg`, version: v, mime: 'image/jpeg', width: 1600, height: 900, bytes: 1000, alt, credit: '© Distributor', uploaderId: editor })
    .returning({ id: media.id })
    .get().id;
}

const storedOrder = (filmId: number) =>
  db.select({ mediaId: filmStills.mediaId, position: filmStills.position }).from(filmStills).where(eq(filmStills.filmId, filmId)).orderBy(filmStills.position).all();

beforeAll(async () => {
  await seedDemo(db, demoFilms.slice(0, 2));
  mulder = idOf('mulder@bobine.test');
  sabine = idOf('sabine@bobine.test');
  editor = idOf('editor@bobine.test');
  admin = idOf('admin@bobine.test');
  film = db.select({ id: films.id, slug: films.slug }).from(films).limit(1).get()!;
  stills = await import('./film-stills');
  portraits = await import('./portraits');
  library = await import('./media');
  publicFilms = await import('../public/films');
  publicReviewers = await import('../public/reviewers');
});

describe('a film’s stills', () => {
  it('are the editors’: a critic or nobody changes nothing', async () => {
    const a = image();
    for (const who of [mulder, null]) {
      actAs(who);
      await expect(stills.setFilmStills({ filmId: film.id, mediaIds: [a] })).rejects.toThrow();
      await expect(stills.getFilmStills(film.id)).rejects.toThrow();
    }
    actAs(mulder);
    await expect(stills.setFilmStills({ filmId: film.id, mediaIds: [a] })).rejects.toThrow(NotAllowed);
    expect(storedOrder(film.id)).toEqual([]);
  });

  it('keep the order the editor gives, through adds, moves and removals', async () => {
    const [a, b, c] = [image('First'), image('Second'), image('Third')];
    actAs(editor);
    await stills.setFilmStills({ filmId: film.id, mediaIds: [a, b, c] });
    expect((await stills.getFilmStills(film.id)).map((s) => s.id)).toEqual([a, b, c]);
    // Moved to the front, one taken off: positions stay dense.
    await stills.setFilmStills({ filmId: film.id, mediaIds: [c, a] });
    expect(storedOrder(film.id)).toEqual([
      { mediaId: c, position: 0 },
      { mediaId: a, position: 1 },
    ]);
    const page = await publicFilms.getFilmPage(film.slug);
    expect(page.kind === 'film' && page.film.stills.map((s) => s.alt)).toEqual(['Third', 'First']);
    await stills.setFilmStills({ filmId: film.id, mediaIds: [] });
  });

  it('refuses an image that is not in the library, changing nothing', async () => {
    const a = image();
    actAs(editor);
    await stills.setFilmStills({ filmId: film.id, mediaIds: [a] });
    await expect(stills.setFilmStills({ filmId: film.id, mediaIds: [a, 999_999] })).rejects.toThrow(Refused);
    expect(storedOrder(film.id)).toEqual([{ mediaId: a, position: 0 }]);
    await stills.setFilmStills({ filmId: film.id, mediaIds: [] });
  });

  it('are uses: the library shows them and refuses to delete the image until it is taken off', async () => {
    const a = image();
    actAs(editor);
    await stills.setFilmStills({ filmId: film.id, mediaIds: [a] });
    const item = await library.getMediaItem(a);
    expect(item.uses).toEqual([expect.objectContaining({ kind: 'still', filmId: film.id })]);
    expect(item.canDelete).toBe(false);
    await expect(library.deleteMedia(a)).rejects.toThrow(/stills of/);
    // An edit of its words makes the film page stale.
    expect((await library.updateMedia(a, { alt: 'A still, described', caption: null, credit: '© Distributor' })).filmSlugs).toEqual([film.slug]);
    await stills.setFilmStills({ filmId: film.id, mediaIds: [] });
    await library.deleteMedia(a);
    expect(db.select().from(media).where(eq(media.id, a)).get()).toBeUndefined();
  });
});

describe('a critic’s portrait', () => {
  it('is set by the critic on their own profile; another critic or an editor may not set it', async () => {
    const a = image('Mulder, drawn');
    actAs(sabine);
    await expect(portraits.setPortrait(mulder, a)).rejects.toThrow(NotAllowed);
    actAs(editor);
    await expect(portraits.setPortrait(mulder, a)).rejects.toThrow(NotAllowed);
    expect(db.select({ p: reviewerProfiles.portraitMediaId }).from(reviewerProfiles).where(eq(reviewerProfiles.userId, mulder)).get()!.p).toBeNull();
    actAs(mulder);
    const { slug } = await portraits.setOwnPortrait(a);
    expect(slug).toBe('mulder');
    expect((await publicReviewers.getReviewerProfile('mulder'))?.portrait).toEqual(expect.objectContaining({ id: a, alt: 'Mulder, drawn' }));
    expect((await publicReviewers.listCritics()).find((c) => c.slug === 'mulder')?.portrait?.id).toBe(a);
    // The byline on the film page carries it too.
    const page = await publicFilms.getFilmPage(film.slug);
    const byMulder = page.kind === 'film' ? page.film.reviews.find((r) => r.reviewer.slug === 'mulder') : undefined;
    expect(byMulder?.reviewer.portrait?.id).toBe(a);
  });

  it('may be set on anyone’s profile by an admin, and refused on an account without a profile', async () => {
    const a = image();
    actAs(admin);
    await portraits.setPortrait(sabine, a);
    expect(portraits.portraitOfUser(db, sabine)?.id).toBe(a);
    await expect(portraits.setPortrait(editor, a)).rejects.toThrow(Refused);
    await portraits.setPortrait(sabine, null);
    expect(portraits.portraitOfUser(db, sabine)).toBeNull();
  });

  it('is a use: shown in the library, delete refused until removed, and an edit of its words says so', async () => {
    const a = image();
    actAs(mulder);
    await portraits.setOwnPortrait(a);
    actAs(editor);
    const item = await library.getMediaItem(a);
    expect(item.uses).toEqual([expect.objectContaining({ kind: 'portrait', criticSlug: 'mulder' })]);
    await expect(library.deleteMedia(a)).rejects.toThrow(/Mulder’s portrait/);
    expect((await library.updateMedia(a, { alt: 'Mulder', caption: null, credit: null })).portrait).toBe(true);
    actAs(mulder);
    await portraits.setOwnPortrait(null);
    actAs(editor);
    await library.deleteMedia(a);
  });
});
