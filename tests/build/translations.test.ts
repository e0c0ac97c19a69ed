// Translation status in the built site: each page carries the notice exactly
// when the status module says its version is behind (for the commit dist/ was
// built from), and the editors' status page lists every pair, unindexed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/index.ts';
import { readTranslationStatus } from '../../src/lib/git-history.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { noticeView } from '../../src/lib/translation-notice.ts';
import { translationPairs } from '../../src/lib/translation-status.ts';
import { localizedUrl } from '../../src/lib/urls.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

const pages = loadPages();
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`${url} is not in dist/`);
  return p;
};
const ids = (folder: string) => fs.readdirSync(path.join(contentDir(), folder));
const { status } = readTranslationStatus(contentDir(), translationPairs({ articles: ids('articles'), sources: ids('sources') }));

describe('translation notices', () => {
  it.each(LOCALES.map((l) => l.code))('appear on a %s page exactly when its version is behind, with the date and a link to the newer one', (locale) => {
    for (const pair of status) {
      const p = page(localizedUrl(locale, { kind: pair.kind, id: pair.id }));
      const notice = p.doc.querySelector('[data-translation-notice]');
      const view = noticeView(pair.status, locale, pair.kind, pair.id);
      if (!view) {
        expect(notice, `${p.url} (${pair.status.state})`).toBeNull();
        continue;
      }
      expect(notice?.getAttribute('data-translation-notice'), p.url).toBe(view.date);
      expect(notice!.text.replace(/\s+/g, ' ')).toContain(view.text);
      expect(notice!.querySelector('a')!.getAttribute('href')).toBe(view.href);
    }
  });
});

describe('the translation status page', () => {
  it.each(LOCALES.map((l) => l.code))('lists every pair with its state in %s, and stays out of search and the sitemap', (locale) => {
    const url = localizedUrl(locale, { kind: 'translations' });
    const p = page(url);
    const rows = p.doc.querySelectorAll('tr[data-pair]').map((r) => [r.getAttribute('data-pair'), r.getAttribute('data-state')]);
    expect(rows).toEqual(status.map((s) => [`${s.kind}:${s.id}`, s.status.state]));
    expect(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(p.doc.querySelector('[data-pagefind-body]')).toBeNull();
    const sitemaps = fs.readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(fs.readFileSync(path.join(DIST, f), 'utf8')).not.toContain(url);
    // Linked for editors from the data page.
    expect(page(localizedUrl(locale, { kind: 'data' })).doc.querySelector(`a[href="${url}"]`)).not.toBeNull();
  });
});
