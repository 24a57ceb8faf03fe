import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-redirect';

describe('safeNextPath', () => {
  it('keeps same-site paths', () => {
    expect(safeNextPath('/admin/staff?page=2')).toBe('/admin/staff?page=2');
    expect(safeNextPath('/films/dune#reviews')).toBe('/films/dune#reviews');
  });
  it('refuses anything that leaves the site', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      ' /admin',
      '/\t/evil.example',
      'evil.example',
      '',
      undefined,
      ['/admin'],
    ]) {
      expect(safeNextPath(bad)).toBe('/admin');
    }
  });
});
