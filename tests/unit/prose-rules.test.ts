// The prose rules check:content applies to articles and source readings:
// directives that name nothing, labels written by hand, the wrong quotation
// marks. Each fault names its line; ordinary English stays clean.
import { describe, expect, it } from 'vitest';
import { proseFaults, straightApostrophes } from '../../src/lib/content/prose.ts';
import { countText, htmlText, readingMinutes } from '../../src/lib/reading.ts';

const refs = { claims: new Set(['release-window']), sources: new Set(['dual-track-analysis']) };
const faults = (md: string, locale: 'en' | 'zh-TW' = 'en') => proseFaults(md, locale, refs).map((f) => `${f.line}: ${f.message}`);

describe('directives in prose', () => {
  it('accepts known ids and names unknown ones with their line', () => {
    expect(faults(':claim[release-window] per :source[dual-track-analysis].')).toEqual([]);
    expect(faults('Intro.\n\nThen :claim[release-windows] and :source[dual-track].')).toEqual([
      '3: unknown claim "release-windows" in :claim[release-windows]',
      '3: unknown source "dual-track" in :source[dual-track]',
    ]);
  });

  it('reports a directive the site does not render, and attributes on a known one', () => {
    expect(faults('A :clam[release-window] typo.')[0]).toMatch(/^1: unknown directive “:clam”/);
    expect(faults('::claim[release-window]')[0]).toMatch(/^1: unknown directive “::claim”/);
    expect(faults(':claim[release-window]{x=1}')[0]).toBe('1: :claim[release-window] takes no attributes');
  });

  it('ignores colons that are not directives: times, URLs, ratios', () => {
    expect(faults('At 10:30, see https://example.org/a:b and a 3:1 ratio.')).toEqual([]);
  });
});

describe('labels written by hand', () => {
  it.each([
    ['The claim is contested.', 'contested'],
    ['Two sources; it stays Corroborated.', 'Corroborated'],
    ['A single-source claim.', 'single-source'],
    ['A single source report.', 'single source'],
    ['Still disputed, then.', 'disputed'],
  ])('flags a status label anywhere in prose: %s', (md, word) => {
    expect(faults(md)).toEqual([`1: status label “${word}” written by hand; refer to the claim with :claim[id], which shows the live status`]);
  });

  it.each(['本說法有爭議。', '目前只有單一來源。', '已多方證實。', '這一點遭反駁。', '僅有保留而已。'])('flags a Chinese status label: %s', (md) => {
    expect(faults(md, 'zh-TW')).toHaveLength(1);
  });

  it.each([
    ['We rate it **Likely**.', 'Likely'],
    ['Our verdict: Holds up.', 'Holds up'],
    ['The forecast is *overtaken*.', 'overtaken'],
    ['## Unresolved', 'Unresolved'],
    ['It reads as “doubtful”.', 'doubtful'],
  ])('flags a verdict label written as a label: %s', (md, word) => {
    expect(faults(md)).toEqual([`1: verdict label “${word}” written by hand; refer to the claim with :claim[id], which shows the live verdict`]);
  });

  it('flags a Chinese verdict label standing alone, in bold or in 「」', () => {
    expect(faults('本站認為**存疑**。', 'zh-TW')).toHaveLength(1);
    expect(faults('結論是「尚無定論」。', 'zh-TW')).toHaveLength(1);
    expect(faults('這點仍然存疑，尚無定論。', 'zh-TW')).toEqual([]);
  });

  it('leaves ordinary English alone: lower-case verdict words, a capital at a sentence start', () => {
    expect(faults('It was most likely written in 2026. The question is unresolved and the claim looks doubtful. Likely, it slipped. Later forecasts overtaken by events. The view holds up well.')).toEqual([]);
  });

  it('leaves quotations, code and blockquotes alone', () => {
    expect(faults('The post says it was “contested internally” and `corroborated` in code.\n\n> A disputed figure.')).toEqual([]);
    expect(faults('文中寫道「這項說法有爭議」。', 'zh-TW')).toEqual([]);
  });

  it('names the line inside a multi-line paragraph', () => {
    expect(faults('First line\nsecond line is contested\nthird.')[0]).toMatch(/^2: status label “contested”/);
  });
});

describe('quotation marks', () => {
  it('wants curly quotes in English prose, naming the line', () => {
    expect(faults('Fine “quote” and ‘inner’.')).toEqual([]);
    expect(faults('One.\n\nA "straight" quote.')).toEqual(['3: quotation mark " in en prose: quote with “ ” (‘ ’ inside them)']);
  });

  it('wants the curly apostrophe in English prose, and leaves quotations and code as written', () => {
    expect(faults('Meta’s plan and the sources’ dates.')).toEqual([]);
    expect(faults('One.\n\nMeta\'s plan.')).toEqual(['3: straight apostrophe in “Meta\'s”: the site writes ’ (Meta’s, sources’)']);
    expect(faults('The sources\' dates.')).toHaveLength(1);
    expect(faults('The post calls it “Meta\'s pivot”, and `it\'s` code.')).toEqual([]);
    expect(faults('他說 Meta\'s 計畫。', 'zh-TW')).toEqual([]);
  });

  it('names the apostrophe\'s own line in a paragraph, beside a quotation-mark fault on the same line', () => {
    expect(faults('First line\nthe writer\'s "view".')).toEqual([
      '2: quotation mark " in en prose: quote with “ ” (‘ ’ inside them)',
      '2: straight apostrophe in “writer\'s”: the site writes ’ (Meta’s, sources’)',
    ]);
  });

  it('finds straight apostrophes in data text outside quotations', () => {
    expect(straightApostrophes('The essay\'s figure, as “Meta\'s Strategic Pivot” puts it; the writers\' reading.')).toEqual(["essay's", "writers'"]);
    expect(straightApostrophes('Meta’s own “frontier” bar')).toEqual([]);
  });

  it('wants 「」 in Chinese prose: straight or curly double quotes are faults', () => {
    expect(faults('他說「至少 5 月」。', 'zh-TW')).toEqual([]);
    expect(faults('他說“至少 5 月”。', 'zh-TW')).toEqual(['1: quotation mark “ in zh-TW prose: quote with 「」 (『』 inside them)']);
    expect(faults('他說"至少"。', 'zh-TW')).toHaveLength(1);
  });

  it('does not read code or raw HTML as prose', () => {
    expect(faults('Run `x = "y"`.\n\n```\n"z"\n```\n\n<abbr title="Meta">M</abbr>')).toEqual([]);
  });
});

describe('reading time', () => {
  it('counts Latin words and Chinese characters', () => {
    expect(countText('Meta’s Avocado, 2.5 and late-2025: 延後兩次')).toEqual({ words: 5, han: 4 });
  });

  it('gives whole minutes, at least one, in both languages', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('字'.repeat(1750))).toBe(5);
  });

  it('reads the text of rendered HTML, not its tags', () => {
    expect(countText(htmlText('<p class="x">Two <a href="/en/">words</a></p>'))).toEqual({ words: 2, han: 0 });
    expect(countText(htmlText('<p>One<span class="cn-side" aria-hidden="true">1. Status: Contested. <span lang="en">“two words”</span> (post)</span></p>'))).toEqual({ words: 1, han: 0 });
  });
});
