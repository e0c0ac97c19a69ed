// Prose that cannot drift from the data, checked on the built pages: every
// claim a page's Markdown names with :claim[…] shows the claim's statement
// as the data has it, a marker that reaches a note and comes back, and a
// note whose verdict, status and quote are the data's; every :source[…]
// shows the source's short name and mark. Articles open with their reading
// time and the sources they draw on. Both languages.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALE_CODES, useStrings, type Locale } from '../../src/i18n/index.ts';
import { deriveSite } from '../../src/lib/derive.ts';
import { inlineStatement } from '../../src/lib/markdown/directives.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { loadPages } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const site = deriveSite(content, LOCALE_CODES);
const pages = loadPages();

/** Each article and source reading, with the claim ids its Markdown names in order. */
const prose = [
  ...content.articles.map((e) => ({ e, route: { kind: 'article' as const, id: e.id } })),
  ...content.sourceProse.map((e) => ({ e, route: { kind: 'source' as const, id: e.id } })),
].map(({ e, route }) => ({
  locale: e.locale,
  file: e.file,
  url: localizedUrl(e.locale, route),
  claims: [...e.body.matchAll(/:claim\[([^\]]+)\]/g)].map((m) => m[1]!),
  sources: [...e.body.matchAll(/:source\[([^\]]+)\]/g)].map((m) => m[1]!),
}));
const withClaims = prose.filter((p) => p.claims.length);

const page = (url: string): HTMLElement => {
  const p = pages.get(url);
  if (!p) throw new Error(`${url} was not built`);
  return p.doc;
};

describe('claims named in prose', () => {
  it('are used by the launch-timeline article in both languages, so these checks have something to check', () => {
    for (const locale of LOCALE_CODES) expect(withClaims.find((p) => p.url === localizedUrl(locale, { kind: 'article', id: 'launch-timeline' }))?.claims.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withClaims.map((p) => [p.url, p] as const))('%s: each mention shows the statement and a marker numbered by first mention', (_, p) => {
    const doc = page(p.url);
    const refs = doc.querySelectorAll('.claim-ref');
    expect(refs).toHaveLength(p.claims.length);
    const order = [...new Set(p.claims)];
    refs.forEach((ref, i) => {
      const id = p.claims[i]!;
      const link = ref.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(localizedUrl(p.locale, { kind: 'claim', id }));
      expect(link.text).toBe(inlineStatement(site.claimById.get(id)!.statement[p.locale]));
      expect(ref.querySelector('sup a')!.text).toBe(String(order.indexOf(id) + 1));
    });
  });

  it.each(withClaims.map((p) => [p.url, p] as const))('%s: every marker reaches its note and every note leads back to each mention', (_, p) => {
    const doc = page(p.url);
    const markers = doc.querySelectorAll('.claim-ref sup a');
    const notes = doc.querySelectorAll('.claim-notes ol > li');
    expect(notes).toHaveLength(new Set(p.claims).size);
    for (const m of markers) {
      const note = doc.querySelector(m.getAttribute('href')!);
      expect(note?.closest('.claim-notes'), `${m.getAttribute('href')} on ${p.url}`).toBeTruthy();
      const backs = note!.querySelectorAll('a.cn-back').map((a) => a.getAttribute('href'));
      expect(backs).toContain(`#${m.getAttribute('id')}`);
    }
    for (const li of notes) for (const a of li.querySelectorAll('a.cn-back')) expect(doc.querySelector(a.getAttribute('href')!)?.closest('.claim-ref')).toBeTruthy();
  });

  it.each(withClaims.map((p) => [p.url, p] as const))('%s: each note gives the data’s verdict, status and a quote from a source that takes the position (on a source page, its own quote through its table row)', (_, p) => {
    const t = useStrings(p.locale as Locale);
    const doc = page(p.url);
    for (const id of new Set(p.claims)) {
      const claim = site.claimById.get(id)!;
      const note = doc.querySelector(`.claim-notes li[id="cn-${id}"]`)!;
      const status = site.statusById.get(id)!;
      const statusLink = note.querySelector('.cn-labels a.badge')!;
      expect(statusLink.text).toContain(t.status[status]);
      expect(statusLink.getAttribute('href')).toBe(localizedUrl(p.locale, { kind: 'method' }, `status-${status}`));
      const verdict = note.querySelector('.cn-labels a.verdict');
      if (claim.verdict) {
        expect(verdict?.text).toContain(t.verdictLabel[claim.verdict.label]);
        expect(verdict?.getAttribute('href')).toBe(localizedUrl(p.locale, { kind: 'method' }, `verdict-${claim.verdict.label}`));
      } else expect(verdict).toBeNull();
      const quote = note.querySelector('.cn-quote');
      const row = quote?.querySelector('a[href^="#claim-"]');
      if (row) {
        // A source page's own quote: the note leads to this claim's row of the page's claims table, which prints it.
        expect(p.url, `only a source page points ${id}'s quote at its table`).toBe(localizedUrl(p.locale, { kind: 'source', id: p.url.split('/').at(-2)! }));
        expect(row.getAttribute('href')).toBe(`#claim-${id}`);
        const position = claim.positions.find((pos) => localizedUrl(p.locale, { kind: 'source', id: pos.source }) === p.url);
        expect(position, `the source of ${p.url} takes a position on ${id}`).toBeDefined();
        expect(doc.querySelector(`tr[id="claim-${id}"] blockquote`)!.text).toContain(position!.quote);
        continue;
      }
      const by = quote?.querySelector('a.src')?.getAttribute('href');
      const position = claim.positions.find((pos) => localizedUrl(p.locale, { kind: 'source', id: pos.source }) === by);
      expect(position, `the quote on ${id} is attributed to a source with a position`).toBeDefined();
      expect(quote!.querySelector('span[lang]')!.text).toContain(position!.quote);
    }
  });
});

describe('sources named in prose', () => {
  it.each(prose.filter((p) => p.sources.length).map((p) => [p.url, p] as const))('%s: each shows its mark and short name, linked', (_, p) => {
    // Only what the prose names: not the notes, the header's sources, or an embedded chart's data table.
    const refs = page(p.url).querySelectorAll('.prose a.src').filter((a) => !a.closest('.claim-notes') && !a.closest('.draws-on') && !a.closest('.timeline-table'));
    expect(refs.map((a) => a.getAttribute('href'))).toEqual(p.sources.map((id) => localizedUrl(p.locale, { kind: 'source', id })));
    refs.forEach((a, i) => {
      const s = site.sourceById.get(p.sources[i]!)!;
      expect(a.querySelector('.chip')!.text).toBe(s.mark.glyph);
      expect(a.text).toBe(`${s.mark.glyph}${s.shortName[p.locale]}`);
    });
  });
});

describe('an article’s header', () => {
  it.each(content.articles.map((a) => [localizedUrl(a.locale, { kind: 'article', id: a.id }), a] as const))('%s: reading time and the sources it draws on, by short name', (url, a) => {
    const doc = page(url);
    const meta = doc.querySelector('article .meta')!.text;
    const minutes = useStrings(a.locale).articles.readingTime.split('{n}');
    expect(meta).toMatch(new RegExp(`${minutes[0]}\\d+${minutes[1]}`));
    const drawsOn = doc.querySelectorAll('article .draws-on a.src');
    const expected = site.sources.filter((s) => a.data.sources.includes(s.id));
    expect(drawsOn.map((x) => x.text)).toEqual(expected.map((s) => `${s.mark.glyph}${s.shortName[a.locale]}`));
  });
});
