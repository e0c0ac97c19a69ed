// The Chinese edition follows ../shared/guides/zh-tw-style.md: a half-width
// space between CJK and Latin letters or digits, full-width punctuation
// inside Chinese sentences, 你 rather than 您. (Simplified characters are a
// content-check error, see src/lib/content/rules.ts.)
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import zhTW from '../../src/i18n/ui/zh-tw.ts';

const { content } = checkContentDir(contentDir(), new Date().toISOString().slice(0, 10));
const CJK = '\\u3400-\\u9fff';
const NO_SPACE = new RegExp(`[${CJK}][A-Za-z0-9]|[A-Za-z0-9][${CJK}]`, 'g');
const HALF_PUNCT = new RegExp(`[${CJK}][,;:?!()]|[,;:?!()][${CJK}]`, 'g');

/** Every zh-TW text the site shows, labelled by where it lives. */
function chineseTexts(): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, text: string | undefined) => text && out.push([where, text.replace(/\]\([^)]*\)/g, ']')]);
  for (const t of content.tags) {
    add(`${t.file} label`, t.data.label['zh-TW']);
    add(`${t.file} description`, t.data.description['zh-TW']);
  }
  for (const s of content.sources) if (s.data.title.lang === 'en') add(`${s.file} title.translation`, s.data.title.translation);
  for (const c of content.claims) {
    add(`${c.file} statement`, c.data.statement['zh-TW']);
    c.data.positions.forEach((p, i) => {
      add(`${c.file} positions[${i}].note`, p.note['zh-TW']);
      add(`${c.file} positions[${i}].location`, p.location['zh-TW']);
      add(`${c.file} positions[${i}].value`, p.value?.['zh-TW']);
      if (p.quoteLang === 'en') add(`${c.file} positions[${i}].translation`, p.translation);
    });
  }
  for (const e of [...content.sourceProse, ...content.articles].filter((e) => e.locale === 'zh-TW')) {
    add(`${e.file} body`, e.body);
    if ('summary' in e.data) add(`${e.file} summary`, e.data.summary);
    if ('title' in e.data) add(`${e.file} title`, `${e.data.title}\n${e.data.description}`);
  }
  // The interface strings too, with placeholders like {n} removed.
  const walk = (o: unknown, path: string): void => {
    if (typeof o === 'string') add(`ui ${path}`, o.replace(/\{\w+\}/g, ''));
    else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(zhTW, '');
  return out;
}

const context = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 6), m.index + 8));

describe('the Chinese edition', () => {
  const texts = chineseTexts();
  it('has Chinese text to check', () => {
    expect(texts.length).toBeGreaterThan(100);
  });
  it('puts a half-width space between Chinese and Latin letters or digits', () => {
    expect(texts.flatMap(([where, t]) => context(t, NO_SPACE).map((c) => `${where}: ${c}`))).toEqual([]);
  });
  it('uses full-width punctuation inside Chinese sentences', () => {
    expect(texts.flatMap(([where, t]) => context(t, HALF_PUNCT).map((c) => `${where}: ${c}`))).toEqual([]);
  });
  it('addresses the reader as 你, not 您', () => {
    expect(texts.filter(([, t]) => t.includes('您')).map(([w]) => w)).toEqual([]);
  });
});
