import { describe, expect, it } from 'vitest';
import { storedTheme, THEME_KEY, THEME_SCRIPT, themeToStore } from './theme';

function runScript(stored: string | null, throws = false) {
  const root = { dataset: {} as Record<string, string> };
  const localStorage = {
    getItem: (k: string) => {
      if (throws) throw new Error('SecurityError');
      return k === THEME_KEY ? stored : null;
    },
  };
  new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, { documentElement: root });
  return root.dataset.theme;
}

describe('the reader’s light/dark choice', () => {
  it('is remembered only when it differs from the system, so coming back to the system follows it again', () => {
    expect(themeToStore('dark', false)).toBe('dark');
    expect(themeToStore('light', true)).toBe('light');
    expect(themeToStore('dark', true)).toBeNull();
    expect(themeToStore('light', false)).toBeNull();
  });

  it('is read back only when it is one of the two themes', () => {
    expect(storedTheme('dark')).toBe('dark');
    expect(storedTheme('light')).toBe('light');
    expect(storedTheme('sepia')).toBeNull();
    expect(storedTheme(null)).toBeNull();
  });

  it('is applied before the first paint by the inline script, which never throws', () => {
    expect(runScript('dark')).toBe('dark');
    expect(runScript('light')).toBe('light');
    expect(runScript('"><script>')).toBeUndefined();
    expect(runScript(null)).toBeUndefined();
    expect(runScript('dark', true)).toBeUndefined();
  });
});
