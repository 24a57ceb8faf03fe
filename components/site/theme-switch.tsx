/**
 * The header's light/dark switch: a toggle button (pressed = dark). Server-rendered, no client
 * component: the inline script in app/layout.tsx (lib/theme.ts, THEME_SCRIPT) applies the stored
 * choice before the first paint, answers the click and keeps `aria-pressed` true to the page, so
 * the switch works on public pages served without Next.js's runtime. Which icon shows is CSS (the
 * `dark:` variant), right from the first paint.
 */
export function ThemeSwitch({ className = '' }: { className?: string }) {
  return (
    <button
      type="button"
      data-theme-switch=""
      // The script sets aria-pressed and title before React hydrates (on the pages that hydrate).
      suppressHydrationWarning
      title="Switch between light and dark mode"
      className={`inline-flex h-8 w-8 items-center justify-center rounded-full border border-current/30 hover:text-accent ${className}`}
    >
      <span className="sr-only">Dark mode</span>
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
