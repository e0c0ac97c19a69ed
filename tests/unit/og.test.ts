import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { deriveSite } from '../../src/lib/derive.ts';
import { OG_HEIGHT, OG_WIDTH, cardElement, lineCapacity, textUnits, titleSize, type CardInput, type CardNode } from '../../src/lib/og/card.ts';
import { balanceLines } from '../../src/lib/og/lines.ts';
import { cardFor, cardImage, cardKeys, cardUrl } from '../../src/lib/og/cards.ts';
import { encodePng } from '../../src/lib/og/png.ts';
import { Resvg } from '@resvg/resvg-js';
import { loadCardAssets, renderCard } from '../../src/lib/og/render.ts';
import { makeArticle, makeClaim, makeSource, makeTag } from '../helpers/factories.ts';
import { pageRoutes } from '../../src/lib/routes.ts';

const texts = (n: CardNode | string): string[] => (typeof n === 'string' ? [n] : typeof n.props.children === 'string' ? [n.props.children] : (n.props.children ?? []).flatMap(texts));
const card = (over: Partial<CardInput> = {}): CardInput => ({ locale: 'zh-TW', siteName: 'Avocado Ledger', languageLabel: '正體中文', kicker: '說法', title: '延遲', footer: 'ledger.example', ...over });
const pngSize = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];

const toEntry = <T extends { id: string }>({ id, ...data }: T) => ({ id, file: id, data });
const site = deriveSite(
  {
    tags: [toEntry(makeTag('capex'))],
    sources: [toEntry(makeSource('s', { title: { published: 'Meta Avocado:從開放到封閉', lang: 'zh-Hant', translation: 'From open to closed', translatedBy: 'author' } }))],
    claims: [toEntry(makeClaim('c', [{ source: 's', stance: 'disputes' }]))],
    sourceProse: [],
    articles: [{ ...toEntry(makeArticle('a', { title: 'Art' })), locale: 'en', body: '' }],
  },
  ['en', 'zh-TW'],
);

describe('card layout', () => {
  it('counts a Han character as two Latin letters wide', () => {
    expect(textUnits('Avocado 延後')).toBe(12);
  });
  it('shrinks the title as it grows, so long titles still fit', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('在 Meta 的內部基準測試中，Avocado 的成績介於 Gemini 2.5 與 Gemini 3.0 之間。'));
  });
  it('shows the site name, language, kicker, title, subtitle, badge and host', () => {
    const all = texts(cardElement(card({ subtitle: 'sub', badge: { text: '有爭議', tone: 'disputes' } }), 'data:,'));
    expect(all).toEqual(expect.arrayContaining(['Avocado Ledger', '正體中文', '說法', '延遲', 'sub', '有爭議', 'ledger.example']));
  });
});

describe('cardFor()', () => {
  it('gives each claim status a card with the status as a badge and its meaning as the title', () => {
    const c = cardFor('zh-TW', { kind: 'claim-status', status: 'disputed' }, site, 'h');
    expect(c).toMatchObject({ title: useStrings('zh-TW').statusHelp.disputed, kicker: useStrings('zh-TW').nav.claims, badge: { text: '遭反駁', tone: 'disputes' } });
  });
  it('shows a source’s own title and, for readers of the other language, its translation', () => {
    expect(cardFor('en', { kind: 'source', id: 's' }, site, 'h')).toMatchObject({ title: 'Meta Avocado:從開放到封閉', subtitle: 'From open to closed' });
    expect(cardFor('zh-TW', { kind: 'source', id: 's' }, site, 'h')).not.toHaveProperty('subtitle');
  });
  it('titles index pages from the dictionary', () => {
    expect(cardFor('en', { kind: 'claims' }, site, 'h').title).toBe(useStrings('en').claims.title);
    expect(cardFor('en', { kind: 'article', id: 'a' }, site, 'h').title).toBe('Art');
  });
});

describe('cardImage()', () => {
  const url = (...a: Parameters<typeof cardImage>) => cardImage(...a).url;
  it('gives each page its own card, a claim its status’s card, and falls back to the home card', () => {
    expect(url('zh-TW', { kind: 'source', id: 's' }, site)).toBe('/og/zh-tw/sources/s.png');
    expect(url('zh-TW', { kind: 'claim', id: 'c' }, site)).toBe('/og/zh-tw/claims/status/disputed.png');
    expect(url('en', null, site)).toBe('/og/en.png');
    expect(url('en', { kind: 'compare', id: 'a--b' }, site)).toBe('/og/en.png');
  });
  it('describes what the card shows, not the page it sits on', () => {
    const t = useStrings('zh-TW');
    expect(cardImage('zh-TW', { kind: 'claim', id: 'c' }, site).alt).toBe(`${t.status.disputed} · ${t.statusHelp.disputed}`);
    expect(cardImage('en', { kind: 'compare', id: 'a--b' }, site).alt).toBe(useStrings('en').home.title);
    expect(cardImage('en', { kind: 'article', id: 'a' }, site).alt).toBe('Art');
  });
});

describe('cardKeys()', () => {
  it('draws a card for every card a page names, and no other', () => {
    const drawn = new Set(cardKeys(site).map((k) => cardUrl('en', k)));
    const named = new Set([...pageRoutes(site), { kind: 'compare' as const, id: 'a--b' }, null].map((r) => cardImage('en', r, site).url));
    expect([...named].sort()).toEqual([...drawn].sort());
    expect(drawn.has('/og/en/claims/status/disputed.png')).toBe(true);
    expect(drawn.has('/og/en/claims/status/contested.png')).toBe(false); // no claim has that status
  });
});

describe('encodePng()', () => {
  // resvg decodes PNGs it embeds: an independent reader of what the encoder writes.
  const decode = (png: Uint8Array, width: number, height: number) =>
    new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`).render().pixels;
  it('writes a PNG that decodes to the same pixels', () => {
    const [w, h] = [7, 3];
    const rgba = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const png = encodePng(rgba, w, h);
    expect(pngSize(png)).toEqual([w, h]);
    expect([...decode(png, w, h)]).toEqual([...rgba]);
  });
  it('refuses a raster of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(8), 3, 1)).toThrow(/3×1/);
  });
});

describe('renderCard()', () => {
  const assets = loadCardAssets();
  it('draws a 1200×630 PNG', async () => {
    expect(pngSize(await renderCard(card(), assets))).toEqual([OG_WIDTH, OG_HEIGHT]);
  });
  it('draws Chinese titles from the shipped font: different words, different pixels', async () => {
    const [a, b] = await Promise.all([renderCard(card({ title: '延遲' }), assets), renderCard(card({ title: '封閉' }), assets)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
  it('stops with the missing characters when the font subset lacks a glyph', async () => {
    await expect(renderCard(card({ title: '龘' }), assets)).rejects.toThrow(/lacks "龘".*subset-font/);
  });
});

describe('balanceLines()', () => {
  const titles = [
    'Avocado 預計在 2026\u00a0年 5\u00a0月或之後推出。',
    'Meta 對 2026\u00a0年資本支出的指引為 1,250–1,450\u00a0億美元。',
    'Meta Avocado:從開放到封閉的結構性轉折',
    '在 Meta 的內部基準測試中，Avocado 的成績介於 Gemini 2.5 與 Gemini 3.0 之間。',
    'Meta Abandons Open Source Strategy with Proprietary ‘Avocado’ AI Model',
    'Avocado was delayed twice.',
  ];
  for (const title of titles) {
    for (const capacity of [lineCapacity(titleSize(title)), 14, 21, 27]) {
      it(`never leaves one character alone on a line: “${title}” at ${capacity}`, () => {
        const lines = balanceLines(title, capacity);
        expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
        for (const line of lines) {
          expect(Array.from(line.trim()).length, JSON.stringify(lines)).toBeGreaterThan(1);
          expect(line).not.toMatch(/^[、。，：；！？）」]/);
        }
        // Balanced: the last line is not a scrap of the others.
        if (lines.length > 1) expect(textUnits(lines.at(-1)!)).toBeGreaterThanOrEqual(Math.min(6, textUnits(title) / lines.length / 3));
      });
    }
  }
  it('keeps a number with its unit', () => {
    expect(balanceLines('預計在 2026\u00a0年推出', 8).some((l) => /2026$/.test(l))).toBe(false);
  });
  it('gives a title that fits one line back whole', () => {
    expect(balanceLines('延遲', 20)).toEqual(['延遲']);
  });
});
