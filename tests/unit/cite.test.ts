import { describe, expect, it } from 'vitest';
import { citationLine } from '../../src/lib/cite.ts';
import { formatDate } from '../../src/lib/format.ts';

const URL = 'https://ledger.example/en/x/';

describe('citationLine()', () => {
  it('cites an article with its title and both dates in the reader’s language', () => {
    const input = { kind: 'article' as const, title: 'How it slid', published: '2026-11-20', updated: '2026-11-25' };
    expect(citationLine('en', input, URL)).toBe(`Avocado Ledger. “How it slid.” Published November 20, 2026, updated November 25, 2026. ${URL}`);
    const zh = citationLine('zh-TW', input, URL);
    expect(zh).toContain(`〈How it slid〉`);
    expect(zh).toContain(formatDate('2026-11-25', 'zh-TW'));
    expect(zh.endsWith(URL)).toBe(true);
  });
  it('cites a claim with its derived status', () => {
    expect(citationLine('zh-TW', { kind: 'claim', title: '說法。', status: 'disputed' }, URL)).toBe(`Avocado Ledger，〈說法〉（說法查核，狀態：遭反駁）。${URL}`);
    expect(citationLine('en', { kind: 'claim', title: 'It slid.', status: 'disputed' }, URL)).toBe(`Avocado Ledger. “It slid” (claim review, status: Disputed). ${URL}`);
  });
  it('cites a source analysis with the source’s date, or says the date is unknown', () => {
    const dated = citationLine('en', { kind: 'source', title: 'T', published: { precision: 'month', date: '2026-05', statedIn: { en: 'x', 'zh-TW': 'x' } } }, URL);
    expect(dated).toBe(`Avocado Ledger. Source analysis of “T” (May 2026). ${URL}`);
    expect(citationLine('zh-TW', { kind: 'source', title: 'T', published: { precision: 'unknown' } }, URL)).toContain('日期不詳');
  });
});
