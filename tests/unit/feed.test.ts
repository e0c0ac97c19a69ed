import { describe, expect, it } from 'vitest';
import { feedLanguage, feedOptions } from '../../src/lib/feed.ts';
import { makeArticle, makeTag } from '../helpers/factories.ts';

const tagById = new Map([['capex', { ...makeTag('capex'), label: { en: 'Capex', 'zh-TW': '資本支出' } }]]);
const articles = [
  makeArticle('new', { locale: 'zh-TW', title: '新', published: '2026-03-02', updated: '2026-03-09', tags: ['capex'] }),
  makeArticle('old', { locale: 'zh-TW', title: '舊', published: '2026-01-01', updated: '2026-01-01' }),
];

describe('feedOptions()', () => {
  const feed = feedOptions({ locale: 'zh-TW', articles, tagById, siteUrl: 'https://ledger.example' });
  it('lists every article of the language with an absolute link in that language', () => {
    expect(feed.items.map((i) => i.link)).toEqual(['https://ledger.example/zh-tw/articles/new/', 'https://ledger.example/zh-tw/articles/old/']);
    expect(feed.items[0]).toMatchObject({ title: '新', categories: ['資本支出'] });
  });
  it('dates items on the day written, whatever the reader’s time zone', () => {
    expect(feed.items[0]!.pubDate.toISOString()).toBe('2026-03-02T12:00:00.000Z');
  });
  it('declares its language, a self link and the last update', () => {
    expect(feed.customData).toContain('<language>zh-tw</language>');
    expect(feed.customData).toContain('href="https://ledger.example/zh-tw/rss.xml" rel="self"');
    expect(feed.customData).toContain('<lastBuildDate>Mon, 09 Mar 2026 12:00:00 GMT</lastBuildDate>');
    expect(feed.site).toBe('https://ledger.example/zh-tw/');
  });
  it('writes language tags in lower case', () => {
    expect(feedLanguage('en')).toBe('en');
  });
});
