import { describe, expect, it } from 'vitest';
import { hreflangAlternates } from '../../src/lib/hreflang.ts';

describe('hreflangAlternates()', () => {
  it('makes the landing page the home pages\' x-default, so /, /en/ and /zh-tw/ agree', () => {
    expect(hreflangAlternates({ kind: 'home' })).toEqual([
      { lang: 'en', path: '/en/' },
      { lang: 'zh-TW', path: '/zh-tw/' },
      { lang: 'x-default', path: '/' },
    ]);
  });
  it('defaults any other page to its English version', () => {
    expect(hreflangAlternates({ kind: 'claim', id: 'release-window' }).at(-1)).toEqual({ lang: 'x-default', path: '/en/claims/release-window/' });
  });
});
