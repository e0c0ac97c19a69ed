import { describe, expect, it } from 'vitest';
import { socialMeta } from '../../src/lib/social.ts';

const base = { title: 'T', description: 'D', siteUrl: 'https://ledger.example', image: '/og/zh-tw/claims/x.png', imageAlt: 'A' };
const get = (tags: ReturnType<typeof socialMeta>, key: string) => tags.filter((m) => m.key === key).map((m) => m.content);

describe('socialMeta()', () => {
  it('gives Open Graph title, description, locale with its alternate, absolute url and a sized image', () => {
    const tags = socialMeta({ ...base, locale: 'zh-TW', url: '/zh-tw/claims/x/' });
    expect(get(tags, 'og:title')).toEqual(['T']);
    expect(get(tags, 'og:description')).toEqual(['D']);
    expect(get(tags, 'og:locale')).toEqual(['zh_TW']);
    expect(get(tags, 'og:locale:alternate')).toEqual(['en_US']);
    expect(get(tags, 'og:url')).toEqual(['https://ledger.example/zh-tw/claims/x/']);
    expect(get(tags, 'og:image')).toEqual(['https://ledger.example/og/zh-tw/claims/x.png']);
    expect(get(tags, 'og:image:width')).toEqual(['1200']);
    expect(get(tags, 'og:image:height')).toEqual(['630']);
    expect(get(tags, 'og:image:alt')).toEqual(['A']);
    expect(get(tags, 'og:type')).toEqual(['website']);
  });
  it('uses name= for Twitter and property= for Open Graph', () => {
    const tags = socialMeta({ ...base, locale: 'en', url: '/en/' });
    expect(tags.find((m) => m.key === 'twitter:card')).toEqual({ attr: 'name', key: 'twitter:card', content: 'summary_large_image' });
    expect(tags.filter((m) => m.key.startsWith('og:')).every((m) => m.attr === 'property')).toBe(true);
  });
  it('marks articles as og:type article with their dates', () => {
    const tags = socialMeta({ ...base, locale: 'en', url: '/en/articles/a/', article: { published: '2026-01-01', updated: '2026-01-02' } });
    expect(get(tags, 'og:type')).toEqual(['article']);
    expect(get(tags, 'article:modified_time')).toEqual(['2026-01-02']);
  });
  it('leaves out og:url for a page without a URL of its own', () => {
    expect(get(socialMeta({ ...base, locale: 'en', url: null }), 'og:url')).toEqual([]);
  });
});
