import { describe, expect, it } from 'vitest';
import { searchMeta } from '../../src/lib/search-meta.ts';

const site = {
  claimById: new Map([['judged', { verdict: { label: 'likely' as const } }], ['open', {}]]),
  statusById: new Map([['judged', 'single-source' as const], ['open', 'contested' as const]]),
  sourceById: new Map([['post', { shortName: { en: 'sdd.sh post', 'zh-TW': 'sdd.sh 部落格' }, mark: { glyph: 'S', color: 'green' as const } }]]),
};

describe('search meta on an indexed page', () => {
  it('names each field in data-pagefind-meta and carries its value in a data-search-* attribute', () => {
    expect(searchMeta({ kind: 'claim', id: 'judged' }, site, 'en')).toEqual({
      'data-pagefind-meta': 'kind[data-search-kind], verdict[data-search-verdict], status[data-search-status]',
      'data-search-kind': 'claim',
      'data-search-verdict': 'likely',
      'data-search-status': 'single-source',
    });
  });

  it('leaves out a verdict a claim does not have yet (the status stands in)', () => {
    expect(searchMeta({ kind: 'claim', id: 'open' }, site, 'en')).toEqual({
      'data-pagefind-meta': 'kind[data-search-kind], status[data-search-status]',
      'data-search-kind': 'claim',
      'data-search-status': 'contested',
    });
  });

  it('gives a source its short name in the page’s language and its mark', () => {
    expect(searchMeta({ kind: 'source', id: 'post' }, site, 'zh-TW')).toMatchObject({ 'data-search-name': 'sdd.sh 部落格', 'data-search-glyph': 'S', 'data-search-color': 'green' });
  });

  it('calls the dataset a page, and gives articles and topics their kind alone', () => {
    expect(searchMeta({ kind: 'data' }, site, 'en')).toEqual({ 'data-pagefind-meta': 'kind[data-search-kind]', 'data-search-kind': 'page' });
    expect(searchMeta({ kind: 'article', id: 'a' }, site, 'en')['data-search-kind']).toBe('article');
    expect(searchMeta({ kind: 'tag', id: 't' }, site, 'en')['data-search-kind']).toBe('tag');
  });
});
