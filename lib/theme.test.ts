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

describe('the header’s switch, driven by the same inline script', () => {
  function world(systemDark: boolean, stored: string | null = null) {
    const listeners: Record<string, ((e: unknown) => void)[]> = {};
    const store = new Map<string, string>(stored ? [[THEME_KEY, stored]] : []);
    const attrs = new Map<string, string>();
    const button = {
      title: '',
      getAttribute: (n: string) => attrs.get(n) ?? null,
      setAttribute: (n: string, v: string) => attrs.set(n, v),
      closest: () => button,
    };
    const root = { dataset: {} as Record<string, string> };
    const document = {
      documentElement: root,
      body: {},
      querySelectorAll: () => [button],
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] ??= []).push(fn),
    };
    const localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    };
    const matchMedia = () => ({ matches: systemDark, addEventListener: () => {} });
    new Function('localStorage', 'document', 'matchMedia', THEME_SCRIPT)(localStorage, document, matchMedia);
    const fire = (type: string) => listeners[type]?.forEach((fn) => fn({ target: button }));
    fire('DOMContentLoaded');
    return { root, store, pressed: () => attrs.get('aria-pressed'), click: () => fire('click') };
  }

  it('shows the page’s theme, flips it, and remembers only a choice that differs from the system', () => {
    const light = world(false);
    expect(light.pressed()).toBe('false');
    light.click();
    expect(light.root.dataset.theme).toBe('dark');
    expect(light.store.get(THEME_KEY)).toBe('dark');
    expect(light.pressed()).toBe('true');
    light.click();
    expect(light.root.dataset.theme).toBeUndefined();
    expect(light.store.has(THEME_KEY)).toBe(false);
    expect(light.pressed()).toBe('false');

    const chosen = world(true, 'light');
    expect(chosen.pressed()).toBe('false');
    chosen.click();
    expect(chosen.root.dataset.theme).toBeUndefined();
    expect(chosen.pressed()).toBe('true');
  });
});
