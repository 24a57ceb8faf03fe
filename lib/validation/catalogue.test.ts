import { describe, expect, it } from 'vitest';
import { filmFormInput, filmFormSchema } from './catalogue';

function form(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ title: 'T', synopsis: '', releaseKind: 'cinema', runtimeMinutes: '', ageRating: '', originalTitle: '', slug: '', ...fields })) {
    for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  }
  return filmFormSchema.safeParse(filmFormInput(fd));
}

describe('film form', () => {
  it('normalizes empty optional fields, countries and genres', () => {
    const r = form({
      slug: '',
      genreIds: ['3', '5'],
      newGenres: ' Noir , ,Musical ',
      releases: JSON.stringify([{ country: 'fr', date: '2025-06-04', kind: 'cinema', certification: '' }]),
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.slug).toBeNull();
    expect(r.data.originalTitle).toBeNull();
    expect(r.data.runtimeMinutes).toBeNull();
    expect(r.data.genreIds).toEqual([3, 5]);
    expect(r.data.newGenres).toEqual(['Noir', 'Musical']);
    expect(r.data.releases[0]).toEqual({ country: 'FR', date: '2025-06-04', kind: 'cinema', certification: null });
  });

  it('reports row errors by path so each row shows its own message', () => {
    const r = form({
      slug: 'Not A Slug',
      runtimeMinutes: 'abc',
      releases: JSON.stringify([
        { country: 'FR', date: '2025-02-30', kind: 'cinema', certification: '' },
        { country: 'FR', date: '2025-03-01', kind: 'cinema', certification: '' },
      ]),
      credits: JSON.stringify([
        { personId: 4, newName: null, role: 'cast', character: 'A' },
        { personId: 4, newName: null, role: 'cast', character: 'B' },
        { personId: null, newName: '', role: 'director', character: null },
      ]),
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['slug', 'runtimeMinutes', 'releases.0.date', 'credits.2.personId']));
  });

  it('refuses duplicate rows and unreadable JSON', () => {
    const dup = form({
      releases: JSON.stringify([
        { country: 'FR', date: '2025-03-01', kind: 'cinema', certification: '' },
        { country: 'fr', date: '2025-04-01', kind: 'cinema', certification: '' },
      ]),
      credits: JSON.stringify([
        { personId: null, newName: 'Jo', role: 'writer', character: null },
        { personId: null, newName: 'jo', role: 'writer', character: null },
      ]),
    });
    expect(dup.success).toBe(false);
    if (!dup.success) expect(dup.error.issues.map((i) => i.path.join('.'))).toEqual(['releases.1.country', 'credits.1.personId']);
    const broken = form({ credits: '{not json' });
    expect(broken.success).toBe(false);
  });
});
