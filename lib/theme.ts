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
 * Run in <head> before the body is painted, so a stored choice never flashes the other theme; it
 * also drives the header's switch (`data-theme-switch` buttons, rendered by the server), so the
 * switch works on pages served without any framework script (scripts/serve.cjs strips Next.js's
 * runtime from public pages, see lib/cache/runtime-free.cjs) and on the desk alike.
 * Plain ES5 in a string: it runs before any bundle, and a refused localStorage (private mode,
 * blocked cookies) leaves the system's choice, or the reader's choice for this page only.
 * The stored value follows `themeToStore`: nothing when the wanted theme is the system's.
 */
export const THEME_SCRIPT = `(function(d,k){var r=d.documentElement;try{var t=localStorage.getItem(k);if(t==='light'||t==='dark')r.dataset.theme=t}catch(e){}
if(typeof matchMedia!=='function')return;var m=matchMedia('(prefers-color-scheme: dark)');
function dark(){var c=r.dataset.theme;return c?c==='dark':m.matches}
function sync(){var p=dark()?'true':'false',s=d.querySelectorAll('[data-theme-switch]');for(var i=0;i<s.length;i++)if(s[i].getAttribute('aria-pressed')!==p){s[i].setAttribute('aria-pressed',p);s[i].title=p==='true'?'Switch to light mode':'Switch to dark mode'}}
d.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('[data-theme-switch]');if(!b)return;
var w=dark()?'light':'dark',keep=(w==='dark')===m.matches?null:w;if(keep)r.dataset.theme=keep;else delete r.dataset.theme;
try{if(keep)localStorage.setItem(k,keep);else localStorage.removeItem(k)}catch(e){}sync()});
m.addEventListener('change',sync);d.addEventListener('DOMContentLoaded',function(){sync();
if(typeof MutationObserver==='function')new MutationObserver(sync).observe(d.body,{childList:true,subtree:true})})
})(document,${JSON.stringify(THEME_KEY)})`;
