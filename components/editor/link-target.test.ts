import { describe, expect, it } from 'vitest';
import { safeHref } from '@/lib/rich-text/allow-list';
import { linkTarget } from './link-target';

describe('linkTarget (the link box)', () => {
  it('keeps http, https and mailto addresses as the sanitizer would store them', () => {
    expect(linkTarget(' https://bobine.example/films ')).toBe('https://bobine.example/films');
    expect(linkTarget('http://example.org')).toBe('http://example.org/');
    expect(linkTarget('mailto:desk@bobine.example')).toBe('mailto:desk@bobine.example');
  });

  it('completes bare web and email addresses', () => {
    expect(linkTarget('example.org/page?x=1')).toBe('https://example.org/page?x=1');
    expect(linkTarget('desk@bobine.example')).toBe('mailto:desk@bobine.example');
  });

  it('refuses what the sanitizer drops: other schemes, relative paths, words', () => {
    for (const typed of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', '/films/dune', 'not a link', '', '   ', 'JaVaScRiPt:alert(1)']) {
      expect(linkTarget(typed), typed).toBeNull();
    }
  });

  it('never accepts an address the server would refuse', () => {
    for (const typed of ['https://ok.example', 'example.org', 'a@b.co', 'mailto:x', 'https://', 'http://[::1]', 'vbscript:x', 'x.y']) {
      const href = linkTarget(typed);
      if (href !== null) expect(safeHref(href)).toBe(href);
    }
  });
});
