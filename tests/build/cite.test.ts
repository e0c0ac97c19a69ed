// "Cite this": source, claim and article pages show their permalink and a
// citation line naming the page, in the page's language.
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { formatDate } from '../../src/lib/format.ts';
import { localizedUrl, type Route } from '../../src/lib/urls.ts';
import { loadPages } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();

const cases: { route: Route; title: (l: (typeof LOCALES)[number]['code']) => string; date?: string }[] = [
  ...content.sources.map((s) => ({ route: { kind: 'source' as const, id: s.id }, title: () => s.data.title.published, date: 'date' in s.data.published ? s.data.published.date : undefined })),
  ...content.claims.map((c) => ({ route: { kind: 'claim' as const, id: c.id }, title: (l: (typeof LOCALES)[number]['code']) => c.data.statement[l] })),
  ...content.articles.filter((a) => a.locale === 'en').map((a) => ({
    route: { kind: 'article' as const, id: a.id },
    title: (l: (typeof LOCALES)[number]['code']) => content.articles.find((x) => x.id === a.id && x.locale === l)!.data.title,
    date: a.data.updated,
  })),
];

describe('Cite this', () => {
  it('shows the permalink and a citation line with the title on every source, claim and article page', () => {
    for (const { route, title, date } of cases) {
      for (const { code } of LOCALES) {
        const { doc } = pages.get(localizedUrl(code, route))!;
        const block = doc.querySelector('section.cite');
        expect(block, localizedUrl(code, route)).not.toBeNull();
        expect(block!.querySelector('h2')!.text).toBe(useStrings(code).cite.heading);
        const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
        expect(block!.querySelector('a.permalink')!.getAttribute('href')).toBe(canonical);
        const line = block!.querySelector('.citation')!.text;
        expect(line).toContain(title(code).replace(/[。.]$/u, ''));
        expect(line.endsWith(canonical)).toBe(true);
        if (date && date.length > 7) expect(line).toContain(formatDate(date, code));
      }
    }
  });
});
