import { describe, expect, it } from 'vitest';
import { claimAnchor, localizedUrl, sourceAnchor } from '../../src/lib/urls.ts';

describe('localizedUrl()', () => {
  it('builds URLs from the locale path and ids, always with a trailing slash', () => {
    expect(localizedUrl('en', { kind: 'home' })).toBe('/en/');
    expect(localizedUrl('zh-TW', { kind: 'claims' })).toBe('/zh-tw/claims/');
    expect(localizedUrl('zh-TW', { kind: 'source', id: 'dual-track-analysis' })).toBe('/zh-tw/sources/dual-track-analysis/');
    expect(localizedUrl('en', { kind: 'tag', id: 'capex' })).toBe('/en/tags/capex/');
  });
  it('appends an anchor built from an id, identical in both languages', () => {
    const en = localizedUrl('en', { kind: 'claim', id: 'release-window' }, sourceAnchor('x'));
    const zh = localizedUrl('zh-TW', { kind: 'claim', id: 'release-window' }, sourceAnchor('x'));
    expect(en).toBe('/en/claims/release-window/#source-x');
    expect(zh.split('#')[1]).toBe(en.split('#')[1]);
    expect(claimAnchor('a-b')).toBe('claim-a-b');
  });
});

describe('localizedUrl() for the find-and-share and story pages', () => {
  it('gives search, data, disagreements and comparison pages their own sections', () => {
    expect(localizedUrl('en', { kind: 'search' })).toBe('/en/search/');
    expect(localizedUrl('zh-TW', { kind: 'data' })).toBe('/zh-tw/data/');
    expect(localizedUrl('en', { kind: 'disagreements' })).toBe('/en/disagreements/');
    expect(localizedUrl('zh-TW', { kind: 'compare', id: 'a--b' })).toBe('/zh-tw/compare/a--b/');
  });
});
