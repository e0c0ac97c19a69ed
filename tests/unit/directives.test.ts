// :claim[…] and :source[…] through the real Markdown pipeline, with an index
// built by directiveIndex() from hand-made site data: what a reader sees in
// each language, and the notes that back the statements.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { MARKDOWN, markdownWithData } from '../../src/lib/markdown.ts';
import { directiveIndex, evidenceQuote, inlineStatement, tableSourceOfFile } from '../../src/lib/markdown/directives.ts';
import type { Claim, ClaimStatus, Source } from '../../src/lib/model.ts';

const source = (id: string, glyph: string, en: string, zh: string, color: Source['mark']['color']) =>
  ({ id, shortName: { en, 'zh-TW': zh }, mark: { glyph, color } }) as unknown as Source;
const sources = [source('essay', 'B', 'bilingual essay', '中英雙語長文', 'orange'), source('post', 'S', 'sdd.sh post', 'sdd.sh 部落格', 'green')];
const position = (src: string, stance: string, quote: string, quoteLang: 'en' | 'zh-Hant', translation: string, overtaken = false) =>
  ({ source: src, stance, quote, quoteLang, translation, overtaken, location: { en: '', 'zh-TW': '' }, note: { en: '', 'zh-TW': '' } }) as Claim['positions'][number];
const claims = [
  {
    id: 'delays',
    statement: { en: 'Avocado was delayed twice.', 'zh-TW': 'Avocado 延後了兩次。' },
    verdict: { label: 'holds-up', reason: { en: '', 'zh-TW': '' } },
    positions: [position('essay', 'supports', '發布推遲兩次', 'zh-Hant', 'its release was delayed twice'), position('post', 'supports', 'has slipped twice', 'en', '已兩度延後')],
  },
  {
    id: 'q1',
    statement: { en: 'Avocado ships in Q1 2026.', 'zh-TW': 'Avocado 於 2026 年第一季推出。' },
    positions: [position('essay', 'supports', 'Q1 2026', 'en', '2026 年第一季', true), position('post', 'disputes', 'drifting toward June', 'en', '逐漸往 6 月延')],
  },
] as unknown as Claim[];
const statusById = new Map<string, ClaimStatus>([['delays', 'corroborated'], ['q1', 'disputed']]);
const index = directiveIndex({ claims, sources, statusById });

const processor = await createMarkdownProcessor({ ...markdownWithData(index), syntaxHighlight: false } as Parameters<typeof createMarkdownProcessor>[0]);
const render = async (md: string, lang: 'en' | 'zh-tw' = 'en') => parse((await processor.render(md, { fileURL: pathToFileURL(`/c/articles/x/${lang}.md`) })).code);

describe(':source[id]', () => {
  it.each([
    ['en', 'bilingual essay', '/en/sources/essay/'],
    ['zh-tw', '中英雙語長文', '/zh-tw/sources/essay/'],
  ] as const)('renders the short name in %s with its letter chip, linked to the source page', async (lang, name, href) => {
    const a = (await render('Per :source[essay], yes.', lang)).querySelector('a.src')!;
    expect(a.getAttribute('href')).toBe(href);
    expect(a.text).toBe(`B${name}`);
    const chip = a.querySelector('.chip')!;
    expect(chip.text).toBe('B');
    expect(a.classList.contains('mk-orange')).toBe(true);
  });
});

describe(':claim[id]', () => {
  it('shows the statement in the page’s language, linked, with a numbered marker that reaches its note and back', async () => {
    for (const [lang, statement] of [['en', 'Avocado was delayed twice'], ['zh-tw', 'Avocado 延後了兩次']] as const) {
      const doc = await render('So: :claim[delays].', lang);
      const ref = doc.querySelector('.claim-ref')!;
      expect(ref.querySelector('a')!.text).toBe(statement);
      expect(ref.querySelector('a')!.getAttribute('href')).toBe(`/${lang}/claims/delays/`);
      const marker = ref.querySelector('sup a')!;
      expect(marker.text).toBe('1');
      const note = doc.querySelector(marker.getAttribute('href')!)!;
      expect(note.tagName).toBe('LI');
      expect(doc.querySelector(note.querySelector('a.cn-back')!.getAttribute('href')!)).toBe(marker);
    }
  });

  it('numbers claims in order of first mention and reuses the number, with a way back to each mention', async () => {
    const doc = await render(':claim[q1]; later :claim[delays], and again :claim[q1].');
    expect(doc.querySelectorAll('.cn-marker a').map((a) => a.text)).toEqual(['1', '2', '1']);
    const notes = doc.querySelectorAll('.claim-notes li');
    expect(notes.map((li) => li.id)).toEqual(['cn-q1', 'cn-delays']);
    const backs = notes[0]!.querySelectorAll('a.cn-back').map((a) => a.getAttribute('href'));
    expect(backs).toHaveLength(2);
    for (const href of backs) expect(doc.querySelector(href!)?.closest('.claim-ref')).not.toBeNull();
  });

  it('puts the verdict, linked to its definition, and the status in the note', async () => {
    const labels = (await render(':claim[delays]')).querySelector('#cn-delays .cn-labels')!;
    const [verdict, status] = labels.querySelectorAll('a');
    expect(verdict!.getAttribute('href')).toBe('/en/method/#verdict-holds-up');
    expect(verdict!.text).toContain(useStrings('en').verdictLabel['holds-up']);
    expect(status!.getAttribute('href')).toBe('/en/method/#status-corroborated');
    expect(status!.text).toContain(useStrings('en').status.corroborated);
  });

  it('shows the status alone while a claim has no verdict', async () => {
    const labels = (await render(':claim[q1]', 'zh-tw')).querySelector('#cn-q1 .cn-labels')!;
    expect(labels.querySelectorAll('a')).toHaveLength(1);
    expect(labels.text).toContain(useStrings('zh-TW').status.disputed);
    expect(labels.querySelector('.verdict')).toBeNull();
  });

  it('quotes a current position verbatim, named by short name, with our translation when it is in the other language', async () => {
    // q1's only support is overtaken: the note shows the current dispute, not the stale forecast.
    const q1 = (await render(':claim[q1]')).querySelector('#cn-q1 .cn-quote')!;
    expect(q1.text).toContain('“drifting toward June”');
    expect(q1.querySelector('.translation')).toBeNull();
    const zh = (await render(':claim[delays]', 'zh-tw')).querySelector('#cn-delays .cn-quote')!;
    expect(zh.querySelector('span[lang="zh-TW"]')!.text).toBe('「發布推遲兩次」');
    expect(zh.querySelector('a.src')!.text).toBe('B中英雙語長文');
    expect(zh.querySelector('.translation')).toBeNull();
    const en = (await render(':claim[delays]')).querySelector('#cn-delays .cn-quote')!;
    expect(en.querySelector('.translation .label')!.text).toContain(useStrings('en').claimRef.ourTranslation);
    expect(en.querySelector('.translation')!.text).toContain('its release was delayed twice');
  });

  it('gives the first mention a margin note (wide screens): verdict and status as text, hidden from screen readers, the quote left to the note', async () => {
    const doc = await render(':claim[delays] and :claim[delays]');
    const sides = doc.querySelectorAll('.cn-side');
    expect(sides).toHaveLength(1);
    expect(sides[0]!.closest('.claim-ref')!.querySelector('sup a')!.id).toBe('cr-delays-1');
    expect(sides[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(sides[0]!.querySelectorAll('a')).toHaveLength(0);
    expect(sides[0]!.text).toBe('1. Verdict: Holds up · Status: Corroborated.');
    expect(doc.querySelector('#cn-delays .cn-quote span[lang="zh-TW"]')!.text).toBe('「發布推遲兩次」');
    const zh = (await render(':claim[q1]', 'zh-tw')).querySelector('.cn-side')!;
    expect(zh.text).toBe(`1. ${useStrings('zh-TW').claimRef.status.replace('{label}', useStrings('zh-TW').status.disputed)}。`);
  });

  it('on a source page, leads a note whose quote is that source’s own to its row of the claims table, and quotes other sources in full', async () => {
    const onPost = async (md: string) => parse((await processor.render(md, { fileURL: pathToFileURL('/c/sources/post/en.md') })).code);
    const doc = await onPost(':claim[q1] and :claim[delays]');
    const own = doc.querySelector('#cn-q1 .cn-quote')!;
    expect(own.querySelector('a')!.getAttribute('href')).toBe('#claim-q1');
    expect(own.text).toBe(useStrings('en').claimRef.quoteInTable);
    expect(own.querySelector('span[lang]')).toBeNull();
    // The essay's quote is not in the post's table: it is printed.
    expect(doc.querySelector('#cn-delays .cn-quote span[lang="zh-TW"]')!.text).toBe('「發布推遲兩次」');
    expect(tableSourceOfFile({ path: '/c/sources/post/zh-tw.md' })).toBe('post');
    expect(tableSourceOfFile({ path: '/c/articles/x/en.md' })).toBeNull();
  });

  it('leaves a page without claims without a notes section', async () => {
    expect((await render('Plain :source[post] text.')).querySelector('.claim-notes')).toBeNull();
  });

  it('stops the build on an id the data does not have (check:content names the line first)', async () => {
    await expect(render(':claim[nope]')).rejects.toThrow(/:claim\[nope\] names no claim/);
  });

  it('keeps other colon-words as the editor typed them', async () => {
    expect((await render('At 10:30 a:b[c] and see:this.')).querySelector('p')!.text).toBe('At 10:30 a:b[c] and see:this.');
  });
});

describe('the default pipeline (Astro’s own rendering)', () => {
  it('lets no directive marker attribute through from raw HTML other than the two names', async () => {
    const plain = await createMarkdownProcessor({ ...MARKDOWN, syntaxHighlight: false } as Parameters<typeof createMarkdownProcessor>[0]);
    const html = (await plain.render('<span data-directive="script" data-ref="x">t</span>', { fileURL: pathToFileURL('/c/x/en.md') })).code;
    expect(html).not.toContain('data-directive');
  });
});

describe('helpers', () => {
  it('inlineStatement drops the final full stop so the sentence around it punctuates', () => {
    expect(inlineStatement('Avocado was delayed twice.')).toBe('Avocado was delayed twice');
    expect(inlineStatement('Avocado 延後了兩次。')).toBe('Avocado 延後了兩次');
    expect(inlineStatement('Is it 2.5?')).toBe('Is it 2.5?');
  });

  it('evidenceQuote prefers a current support in reading order, then any current position', () => {
    const order = new Map([['essay', 0], ['post', 1]]);
    expect(evidenceQuote(claims[0]!, order)?.source).toBe('essay');
    expect(evidenceQuote(claims[1]!, order)?.stance).toBe('disputes');
    expect(evidenceQuote({ positions: [] }, order)).toBeNull();
  });
});
