import { describe, expect, it } from 'vitest';
import { letterFirstId, rehypeLetterFirstIds } from '../../src/lib/markdown/heading-ids.ts';

describe('letterFirstId()', () => {
  it('prefixes an id that starts with a digit', () => {
    expect(letterFirstId('000-choose-a-deployment-mode')).toBe('h-000-choose-a-deployment-mode');
    expect(letterFirstId('2026-年-6-月紀錄中最晚的一點')).toBe('h-2026-年-6-月紀錄中最晚的一點');
  });

  it('keeps an id that starts with a letter, Latin or CJK', () => {
    expect(letterFirstId('what-it-adds')).toBe('what-it-adds');
    expect(letterFirstId('五份資料與各自的日期')).toBe('五份資料與各自的日期');
  });
});

describe('rehypeLetterFirstIds()', () => {
  it('rewrites ids anywhere in the tree and leaves other nodes alone', () => {
    const h3 = { type: 'element', properties: { id: '002-count' }, children: [{ type: 'text' }] };
    const h2 = { type: 'element', properties: { id: 'money' }, children: [] };
    rehypeLetterFirstIds()({ type: 'root', children: [{ type: 'element', properties: {}, children: [h3] }, h2] });
    expect(h3.properties.id).toBe('h-002-count');
    expect(h2.properties.id).toBe('money');
  });
});
