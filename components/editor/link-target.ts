import { safeHref } from '@/lib/rich-text/allow-list';

/**
 * What the link box stores for what was typed, or null when the server's sanitizer would drop it
 * (safeHref: absolute http, https or mailto). A bare address is completed first, as people type
 * them: "example.org/page" becomes https://…, "someone@example.org" becomes mailto:….
 */
export function linkTarget(typed: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return safeHref(value);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return safeHref(`mailto:${value}`);
  if (/^(\/\/)?[^\s/]+\.[^\s/]{2,}(\/\S*)?$/.test(value)) return safeHref(`https://${value.replace(/^\/\//, '')}`);
  return null;
}
