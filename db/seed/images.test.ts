import { describe, expect, it } from 'vitest';
import { demoStillSvg, fitTitle, frameTitle } from './images';
import { demoLeadSvg } from './lead-images';
import { DEMO_SCENES } from './stills';

const LONG = 'The Assassination of Jesse James by the Coward Robert Ford, and Other Stories of the West';
const VERY_LONG = `${LONG}: ${LONG}`;

/** The estimate fitTitle works with, so a test can say "it fits" in the same terms. */
const estimatedWidth = (fitted: { text: string; fontSize: number }) => [...fitted.text].reduce((w, c) => w + (c !== c.toLowerCase() ? 0.8 : 0.6), 0) * fitted.fontSize;
const fontSizes = (svg: string) => [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('fitTitle', () => {
  it('keeps a title that fits at the size asked for', () => {
    expect(fitTitle('Anatomy of a Fall', 1480, 38)).toEqual({ text: 'Anatomy of a Fall', fontSize: 38 });
  });

  it('sets a longer title smaller, whole, within the width', () => {
    const fitted = fitTitle(LONG, 1480, 38);
    expect(fitted.text).toBe(LONG);
    expect(fitted.fontSize).toBeLessThan(38);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(21);
    expect(estimatedWidth(fitted)).toBeLessThanOrEqual(1480);
  });

  it('cuts a title too long even at its smallest size, with an ellipsis, within the width', () => {
    const fitted = fitTitle(VERY_LONG, 1480, 38);
    expect(fitted.fontSize).toBe(21);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(VERY_LONG.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(estimatedWidth(fitted)).toBeLessThanOrEqual(1480);
  });

  it('counts capitals wider: a title in capitals is set smaller than the same in lower case', () => {
    const title = 'Everything Everywhere All at Once, and Then Some More Too';
    expect(fitTitle(title.toUpperCase(), 1480, 38).fontSize).toBeLessThan(fitTitle(title.toLowerCase(), 1480, 38).fontSize);
  });
});

describe('the demo art', () => {
  it('escapes the title in its caption', () => {
    expect(frameTitle('Tom & Jerry <3', { x: 10, y: 10, anchor: 'end', maxWidth: 500, fontSize: 30 })).toContain('Tom &#38; Jerry &#60;3');
  });

  it('sets a short title at full size in every picture', () => {
    const film = { slug: 'past-lives', title: 'Past Lives' };
    expect(fontSizes(demoStillSvg(film))).toEqual([38]);
    expect(fontSizes(demoLeadSvg(film, 'Mulder'))).toEqual([38]);
    for (const scene of DEMO_SCENES) expect(fontSizes(scene.svg(film.slug, film.title))).toEqual([30]);
  });

  it('sets a long title smaller in every picture (it ran off the edge at full size)', () => {
    const film = { slug: 'jesse-james', title: LONG };
    expect(fontSizes(demoStillSvg(film))[0]).toBeLessThan(38);
    expect(fontSizes(demoLeadSvg(film, 'Mulder'))[0]).toBeLessThan(38);
    for (const scene of DEMO_SCENES) expect(fontSizes(scene.svg(film.slug, film.title))[0]).toBeLessThan(30);
  });
});
