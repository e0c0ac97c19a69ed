// The bilingual pages outside both editions: `/` (what the site is, in each
// language, the two editions as its main choice, each language's newest
// analysis from the data) and dist/404.html (misses outside /en/ and /zh-tw/).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { DIST, loadPages } from '../helpers/dist.ts';
import { assetReader, BUDGET, weighPage } from '../helpers/page-weight.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const landing = pages.get('/')!.doc;
const notFound = pages.get('/404.html')!.doc;

describe('the landing page /', () => {
  it('says what the site is in one line per language, each marked with its language', () => {
    for (const { code } of LOCALES) {
      const line = landing.querySelectorAll('.landing-line').find((p) => p.getAttribute('lang') === code);
      expect(line?.text, code).toBe(useStrings(code).site.tagline);
    }
  });

  it('offers the two editions as its main choice, each link in its own language', () => {
    const choices = landing.querySelectorAll('nav.editions a');
    expect(choices.map((a) => [a.getAttribute('href'), a.getAttribute('lang'), a.getAttribute('hreflang')])).toEqual(LOCALES.map((l) => [localizedUrl(l.code, { kind: 'home' }), l.code, l.code]));
    for (const a of choices) expect(a.text).toContain(useStrings(a.getAttribute('lang') as (typeof LOCALES)[number]['code']).landing.enter);
  });

  it('shows the newest analysis of each language, from the content', () => {
    for (const { code } of LOCALES) {
      const articles = content.articles.filter((a) => a.locale === code);
      const newestDate = articles.map((a) => String(a.data.published)).sort().at(-1);
      const item = landing.querySelectorAll('.landing-latest li').find((li) => li.getAttribute('lang') === code)!;
      const link = item.querySelector('a')!;
      const shown = articles.find((a) => localizedUrl(code, { kind: 'article', id: a.id }) === link.getAttribute('href'));
      expect(shown, code).toBeDefined();
      expect(String(shown!.data.published)).toBe(newestDate);
      expect(link.text).toBe(shown!.data.title);
      expect(item.text).toContain(shown!.data.description);
    }
  });

  it('runs no script and stays within the page-weight budget', () => {
    expect(landing.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    const weight = weighPage(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'), assetReader(DIST));
    expect(weight.jsBytes).toBe(0);
    expect(weight.htmlGz + weight.cssGz).toBeLessThanOrEqual(BUDGET.page);
  });
});

describe('the root 404 page', () => {
  it('speaks both languages: the heading, the explanation and the way back, each marked with its language', () => {
    expect(notFound.querySelectorAll('h1')).toHaveLength(1);
    for (const { code } of LOCALES) {
      const t = useStrings(code).notFound;
      expect(notFound.querySelector(`h1 [lang="${code}"]`)?.text, code).toBe(t.title);
      const part = notFound.querySelector(`main section[lang="${code}"]`)!;
      expect(part.text).toContain(t.text);
      expect(part.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([localizedUrl(code, { kind: 'home' }), localizedUrl(code, { kind: 'claims' })]);
    }
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
