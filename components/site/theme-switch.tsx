'use client';

import { useEffect, useState } from 'react';
import { THEME_KEY, themeToStore, type Theme } from '@/lib/theme';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/**
 * The header's light/dark switch: a toggle button (pressed = dark). The only client code on the
 * public pages' chrome; the colours themselves are CSS (app/globals.css), and the stored choice is
 * applied before the first paint by the inline script in app/layout.tsx, not by this component.
 */
export function ThemeSwitch({ className = '' }: { className?: string }) {
  // Unknown until mounted: the server cannot know the reader's system or choice.
  const [dark, setDark] = useState<boolean | null>(null);

  useEffect(() => {
    const media = window.matchMedia(SYSTEM_DARK);
    const read = () => {
      const chosen = document.documentElement.dataset.theme;
      setDark(chosen ? chosen === 'dark' : media.matches);
    };
    read();
    // Following the system: a change of the system's theme changes the page's.
    media.addEventListener('change', read);
    return () => media.removeEventListener('change', read);
  }, []);

  function toggle() {
    const systemDark = window.matchMedia(SYSTEM_DARK).matches;
    const wanted: Theme = (dark ?? systemDark) ? 'light' : 'dark';
    const store = themeToStore(wanted, systemDark);
    const root = document.documentElement;
    if (store) root.dataset.theme = store;
    else delete root.dataset.theme;
    try {
      if (store) localStorage.setItem(THEME_KEY, store);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Storage refused: the choice holds for this page only.
    }
    setDark(wanted === 'dark');
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? undefined}
      title={dark ? 'Switch to light mode' : 'Switch to dark mode'}
      className={`inline-flex h-8 w-8 items-center justify-center rounded-full border border-current/30 hover:text-accent ${className}`}
    >
      <span className="sr-only">Dark mode</span>
      {/* Which icon shows is CSS (the `dark:` variant), right from the first paint. */}
      <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
      <svg aria-hidden viewBox="0 0 24 24" className="hidden h-4 w-4 dark:block" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
