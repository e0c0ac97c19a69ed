// The Chinese edition's UI punctuation follows the zh-TW style guide
// (/work/shared/guides/zh-tw-style.md): a full-width colon after a Chinese
// label, and a half-width space between digits and 年/月/日 in dates.
// Verbatim quotes keep their source's punctuation, so they are not checked.
import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../src/i18n/locales.ts';
import type { Node } from 'node-html-parser';
import { loadPages } from '../helpers/dist.ts';

/** Text nodes one per line: two elements side by side (chart ticks, table cells) are not one word. */
const textNodes = (node: Node): string[] => (node.nodeType === 3 ? [node.text] : node.childNodes.flatMap(textNodes));

const prefix = `/${localeInfo('zh-TW').path}/`;
const texts = [...loadPages().values()]
  .filter((p) => p.url.startsWith(prefix))
  .map((p) => {
    const body = p.doc.querySelector('body')!.clone() as typeof p.doc;
    // The phone-width chart writes axis months tight (2026年1月) on purpose:
    // src/lib/chart/timeline-figure.ts explains the trade.
    for (const el of body.querySelectorAll('blockquote, .verbatim, code, script, svg.chart-narrow')) el.remove();
    return { url: p.url, text: textNodes(body).join('\n') };
  });

const offences = (re: RegExp) => texts.flatMap(({ url, text }) => [...text.matchAll(re)].map((m) => `${url}: …${m[0]}…`));

describe('Chinese pages', () => {
  it('were found', () => {
    expect(texts.length).toBeGreaterThan(20);
  });

  it('put a full-width colon, not “: ”, after a Chinese word', () => {
    expect(offences(/.{0,8}[\u3400-\u9fff]:.{0,8}/g)).toEqual([]);
  });

  it('keep every number with its unit by a no-break space (2026\u00a0年, 1,250\u00a0億, 第 3\u00a0段)', () => {
    expect(offences(/.{0,8}\d[ \n]?[年月日億段節].{0,8}/g)).toEqual([]);
  });

  it('space dates as 2026 年 5 月 16 日', () => {
    expect(offences(/.{0,8}(\d[年月日]|[年月]\d).{0,8}/g)).toEqual([]);
  });
});
