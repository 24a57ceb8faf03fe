/**
 * ISO 3166-1 alpha-2 countries for the release editor, named by the runtime's own region data
 * (Intl.DisplayNames), so the list needs no table of its own.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AA', 'QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QU', 'QV', 'QW', 'QX', 'QY', 'QZ', 'XK']);

let cached: { code: string; name: string }[] | undefined;

export function countryOptions(): { code: string; name: string }[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || code.startsWith('X')) continue;
      const name = names.of(code);
      if (name && name !== code) list.push({ code, name });
    }
  }
  cached = list.sort((x, y) => x.name.localeCompare(y.name, 'en'));
  return cached;
}
