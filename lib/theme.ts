/**
 * The reader's light/dark choice, remembered in localStorage. Without one the page follows the
 * system (prefers-color-scheme, through CSS alone: app/globals.css). Shared by the inline script
 * that applies the choice before the first paint and by the header's switch.
 */
export const THEME_KEY = 'bobine.theme';
export type Theme = 'light' | 'dark';

export function storedTheme(value: string | null): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/**
 * What the switch stores when the reader asks for `wanted`: nothing when it is what the system
 * shows anyway, so that a reader who comes back to the system's side follows it again.
 */
export function themeToStore(wanted: Theme, systemDark: boolean): Theme | null {
  return (wanted === 'dark') === systemDark ? null : wanted;
}

/**
 * Run in <head> before the body is painted, so a stored choice never flashes the other theme.
 * Plain ES5 in a string: it runs before any bundle, and a refused localStorage (private mode,
 * blocked cookies) leaves the system's choice.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
