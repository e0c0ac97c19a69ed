// What a reader sees of the site's judgement: the verdict and the tally come
// before any source's position, superseded forecasts sit apart below the
// current ones, every label links to its definition on the method page, and
// every correction is on the corrections page, in its feed and on the pages
// it affects.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES, useStrings } from '../../src/i18n/index.ts';
import { claimStatus } from '../../src/lib/derive.ts';
import { claimTally } from '../../src/lib/evidence.ts';
import { tallyText } from '../../src/lib/tally.ts';
import { VERDICT_RULES, VERDICTS } from '../../src/lib/verdict.ts';
import { CLAIM_STATUSES } from '../../src/lib/model.ts';
import { fmt, formatNumber } from '../../src/lib/format.ts';
import { correctionAnchor, correctionsFeedUrl, localizedUrl, sourceAnchor, stanceAnchor, statusAnchor, verdictAnchor } from '../../src/lib/urls.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page at ${url}`);
  return p;
};
/** Where an element starts in the page's HTML: document order, as a reader scrolls. */
const at = (html: string, marker: string) => {
  const i = html.indexOf(marker);
  expect(i, marker).toBeGreaterThan(-1);
  return i;
};

describe('a claim page', () => {
  for (const { code } of LOCALES) {
    const t = useStrings(code);
    it(`opens with the verdict, its reason and the tally in words, before any source’s position (${code})`, () => {
      for (const claim of content.claims) {
        const { html, doc } = page(localizedUrl(code, { kind: 'claim', id: claim.id }));
        const panel = doc.querySelector('.verdict-panel')!;
        const verdict = panel.querySelector('.verdict')!;
        // A screen reader hears "Verdict:" first; everyone sees the label.
        expect(verdict.text.trim(), claim.id).toBe(`${t.verdictPrefix}${t.punct.colon}${t.verdictLabel[claim.data.verdict.label]}`);
        expect(verdict.querySelector('.visually-hidden')!.text).toBe(`${t.verdictPrefix}${t.punct.colon}`);
        expect(verdict.getAttribute('href')).toBe(localizedUrl(code, { kind: 'method' }, verdictAnchor(claim.data.verdict.label)));
        expect(panel.text).toContain(claim.data.verdict.reason[code]);
        const status = claimStatus(claim.data.positions);
        expect(panel.querySelector(`a.status-${status}`)?.getAttribute('href')).toBe(localizedUrl(code, { kind: 'method' }, statusAnchor(status)));
        expect(panel.querySelector('.tally')!.text).toBe(tallyText(claimTally(claim.data.positions, content.sources.length), code));
        const firstPosition = at(html, `id="${sourceAnchor(claim.data.positions[0]!.source)}"`);
        const anyPosition = Math.min(...claim.data.positions.map((p) => at(html, `id="${sourceAnchor(p.source)}"`)));
        expect(at(html, 'class="verdict-panel')).toBeLessThan(Math.min(firstPosition, anyPosition));
        expect(at(html, '<h1')).toBeLessThan(at(html, 'class="verdict-panel'));
      }
    });

    it(`shows overtaken positions as superseded forecasts, below the current ones (${code})`, () => {
      const withOvertaken = content.claims.filter((c) => c.data.positions.some((p) => p.overtaken));
      expect(withOvertaken.length).toBeGreaterThan(0);
      for (const claim of content.claims) {
        const { html, doc } = page(localizedUrl(code, { kind: 'claim', id: claim.id }));
        const section = doc.querySelector('.superseded-forecasts');
        const overtaken = claim.data.positions.filter((p) => p.overtaken).map((p) => sourceAnchor(p.source));
        if (!overtaken.length) {
          expect(section, claim.id).toBeNull();
          continue;
        }
        expect(section!.querySelectorAll('article.position').map((a) => a.id).sort()).toEqual(overtaken.sort());
        expect(section!.querySelector('h2')!.text).toBe(t.verdict.superseded);
        for (const p of claim.data.positions.filter((x) => !x.overtaken)) expect(at(html, `id="${sourceAnchor(p.source)}"`)).toBeLessThan(at(html, 'class="superseded-forecasts"'));
      }
    });
  }
});

describe('the method page', () => {
  for (const { code } of LOCALES) {
    const t = useStrings(code);
    const { doc } = page(localizedUrl(code, { kind: 'method' }));
    it(`defines every stance, status and verdict under an anchor built from its id (${code})`, () => {
      const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.id));
      for (const s of ['supports', 'disputes', 'qualifies', 'silent', 'superseded']) expect(ids.has(stanceAnchor(s)), s).toBe(true);
      for (const s of CLAIM_STATUSES) expect(doc.getElementById(statusAnchor(s))!.text).toContain(t.statusHelp[s]);
      for (const v of VERDICTS) {
        const def = doc.getElementById(verdictAnchor(v))!;
        expect(def.querySelector('.verdict')!.text.trim()).toBe(`${t.verdictPrefix}${t.punct.colon}${t.verdictLabel[v]}`);
        // The rule printed is the rule the validator applies.
        expect(def.querySelector('.rule')!.text).toContain(VERDICT_RULES[v].rule[code]);
      }
    });
  }

  it('is linked from the footer of every page, in the page’s language, with the corrections page', () => {
    for (const p of pages.values()) {
      if (p.url === '/') continue;
      const lang = p.doc.querySelector('html')!.getAttribute('lang') as (typeof LOCALES)[number]['code'];
      const hrefs = p.doc.querySelectorAll('footer.site a').map((a) => a.getAttribute('href'));
      expect(hrefs, p.url).toContain(localizedUrl(lang, { kind: 'method' }));
      expect(hrefs, p.url).toContain(localizedUrl(lang, { kind: 'corrections' }));
    }
  });
});

describe('corrections', () => {
  const corrections = [...content.corrections!].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
  const xml = new XMLParser();
  it('exist: this issue’s own status changes are the first entries', () => {
    expect(corrections.length).toBeGreaterThan(0);
  });
  for (const { code } of LOCALES) {
    const t = useStrings(code);
    it(`are all on the corrections page, newest first, each under its anchor (${code})`, () => {
      const { doc } = page(localizedUrl(code, { kind: 'corrections' }));
      const entries = doc.querySelectorAll('article.correction');
      expect(entries.map((e) => e.id)).toEqual(corrections.map((c) => correctionAnchor(c.id)));
      entries.forEach((e, i) => {
        const c = corrections[i]!.data;
        for (const text of [c.summary, c.was, c.now, c.why]) expect(e.text).toContain(text[code]);
        const links = e.querySelectorAll('dd a').map((a) => a.getAttribute('href'));
        expect(links).toEqual([
          ...c.claims.map((id) => localizedUrl(code, { kind: 'claim', id })),
          ...c.articles.map((id) => localizedUrl(code, { kind: 'article', id })),
          ...c.sources.map((id) => localizedUrl(code, { kind: 'source', id })),
        ]);
      });
    });

    it(`are in the ${correctionsFeedUrl(code)} feed, newest first, each linking to its entry`, () => {
      const channel = xml.parse(fs.readFileSync(path.join(DIST, correctionsFeedUrl(code)), 'utf8')).rss.channel;
      expect(channel.language).toBe(code.toLowerCase());
      const items = [channel.item].flat() as { title: string; link: string; pubDate: string }[];
      expect(items.map((i) => new URL(i.link).pathname + new URL(i.link).hash)).toEqual(corrections.map((c) => localizedUrl(code, { kind: 'corrections' }, correctionAnchor(c.id))));
      expect(items.map((i) => i.title)).toEqual(corrections.map((c) => c.data.summary[code]));
      expect(items.map((i) => new Date(i.pubDate).toISOString().slice(0, 10))).toEqual(corrections.map((c) => c.data.date));
    });

    it(`are announced near the top of every page they affect, with the date, one line and a link to each entry (${code})`, () => {
      const affectedBy = (c: (typeof corrections)[number]) => [
        ...c.data.claims.map((id) => localizedUrl(code, { kind: 'claim', id })),
        ...c.data.articles.map((id) => localizedUrl(code, { kind: 'article', id })),
        ...c.data.sources.map((id) => localizedUrl(code, { kind: 'source', id })),
      ];
      for (const c of corrections) {
        for (const url of affectedBy(c)) {
          const { html, doc } = page(url);
          const notice = doc.querySelector('.correction-notice')!;
          expect(notice, url).toBeTruthy();
          // One line per date: its own summary when it is the date's only correction on this page, else the count.
          const sameDay = corrections.filter((o) => o.data.date === c.data.date && affectedBy(o).includes(url)).length;
          expect(notice.text, url).toContain(sameDay === 1 ? c.data.summary[code] : fmt(t.corrections.noticeMany, { n: formatNumber(sameDay, code) }).trim());
          expect(notice.querySelectorAll('p').length, url).toBe(new Set(corrections.filter((o) => affectedBy(o).includes(url)).map((o) => o.data.date)).size);
          const link = notice.querySelectorAll('a').find((a) => a.getAttribute('href') === localizedUrl(code, { kind: 'corrections' }, correctionAnchor(c.id)));
          if (sameDay === 1) expect(link?.text, url).toBe(t.corrections.details);
          else expect(link?.text, url).toMatch(new RegExp(`^${fmt(t.corrections.entry, { n: '\\d+' })}$`));
          // Near the top: right after the title, before the first section heading.
          expect(at(html, 'class="correction-notice"')).toBeLessThan(at(html, '<h2'));
        }
      }
    });
  }

  it('leave pages they do not affect without a notice', () => {
    const named = new Set(corrections.flatMap((c) => c.data.claims));
    const unaffected = content.claims.find((c) => !named.has(c.id))!;
    expect(page(localizedUrl('en', { kind: 'claim', id: unaffected.id })).doc.querySelector('.correction-notice')).toBeNull();
  });
});
