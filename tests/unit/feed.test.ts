import { describe, expect, it } from 'vitest';
import { correctionsFeedOptions, feedLanguage, feedOptions } from '../../src/lib/feed.ts';
import { correctionIndex } from '../../src/lib/derive.ts';
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

describe('correctionsFeedOptions() and correctionIndex()', () => {
  const text = (s: string) => ({ en: `${s} en`, 'zh-TW': `${s} 中` });
  const make = (id: string, date: string, claims: string[] = [], sources: string[] = []) => ({ id, date, summary: text(`${id} summary`), was: text('was'), now: text('now'), why: text('why'), claims, articles: [], sources });
  const { all, byItem } = correctionIndex([make('2026-11-01-a', '2026-11-01', ['x']), make('2026-12-02-b', '2026-12-02', ['x'], ['s'])]);
  it('orders corrections newest first and finds the ones naming each item', () => {
    expect(all.map((c) => c.id)).toEqual(['2026-12-02-b', '2026-11-01-a']);
    expect(byItem.claim.get('x')!.map((c) => c.id)).toEqual(['2026-12-02-b', '2026-11-01-a']);
    expect(byItem.source.get('s')!.map((c) => c.id)).toEqual(['2026-12-02-b']);
    expect(byItem.article.size).toBe(0);
  });
  it('links each item to its entry on the corrections page, in the feed’s language', () => {
    const feed = correctionsFeedOptions({ locale: 'zh-TW', corrections: all, siteUrl: 'https://ledger.example' });
    expect(feed.items.map((i) => i.link)).toEqual(['https://ledger.example/zh-tw/corrections/#correction-2026-12-02-b', 'https://ledger.example/zh-tw/corrections/#correction-2026-11-01-a']);
    expect(feed.items[0]).toMatchObject({ title: '2026-12-02-b summary 中' });
    expect(feed.items[0]!.description).toContain('why 中');
    expect(feed.customData).toContain('href="https://ledger.example/zh-tw/corrections/rss.xml" rel="self"');
    expect(feed.customData).toContain('<lastBuildDate>Wed, 02 Dec 2026 12:00:00 GMT</lastBuildDate>');
  });
});
