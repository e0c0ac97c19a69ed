// Link previews and icons: every page has its Open Graph and Twitter tags,
// its card image exists at the size it declares, and the icons and manifests
// the head names are real.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { useStrings } from '../../src/i18n/index.ts';
import type { ClaimStatus } from '../../src/lib/model.ts';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { localizedUrl, type Route } from '../../src/lib/urls.ts';
import { loadPages, targetOf } from '../helpers/dist.ts';

const { content } = checkContentDir(contentDir());
const pages = loadPages();
const pngSize = (file: string) => {
  const b = fs.readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};
const localFile = (abs: string) => targetOf(new URL(abs).pathname);

describe('Open Graph and Twitter meta', () => {
  for (const page of [...pages.values()]) {
    it(`${page.url} carries its social tags`, () => {
      const d = page.doc;
      const og = (k: string) => d.querySelectorAll(`meta[property="${k}"]`).map((m) => m.getAttribute('content'));
      const tw = (k: string) => d.querySelector(`meta[name="${k}"]`)?.getAttribute('content');
      const lang = d.querySelector('html')!.getAttribute('lang') as Locale;
      const title = d.querySelector('title')!.text;
      expect(og('og:title')).toHaveLength(1);
      // og:title is the page's subject in full; <title> may be that subject
      // cut to 70 characters at a word (src/lib/title.ts), ending in "…".
      const ogTitle = og('og:title')[0]!;
      expect(title.startsWith(ogTitle) || (title.endsWith('…') && ogTitle.startsWith(title.slice(0, -1)))).toBe(true);
      expect(og('og:description')).toEqual([d.querySelector('meta[name="description"]')!.getAttribute('content')]);
      expect(og('og:locale')).toEqual([LOCALES.find((l) => l.code === lang)!.ogLocale]);
      expect(og('og:locale:alternate')).toEqual(LOCALES.filter((l) => l.code !== lang).map((l) => l.ogLocale));
      const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(og('og:url')).toEqual(canonical ? [canonical] : []);
      expect(og('og:type')).toEqual([page.url.includes('/articles/') && page.url.split('/').length > 4 ? 'article' : 'website']);
      expect(tw('twitter:card')).toBe('summary_large_image');
      expect(tw('twitter:title')).toBe(og('og:title')[0]);
      const [image] = og('og:image');
      const file = localFile(image!);
      expect(file, image!).not.toBeNull();
      expect(pngSize(file!)).toEqual([Number(og('og:image:width')[0]), Number(og('og:image:height')[0])]);
    });
  }

  it('gives every page of every kind with a card its own, in its language', () => {
    const routes: Route[] = [
      { kind: 'home' },
      { kind: 'search' },
      { kind: 'data' },
      ...content.sources.map((s) => ({ kind: 'source' as const, id: s.id })),
      ...content.articles.filter((a) => a.locale === 'en').map((a) => ({ kind: 'article' as const, id: a.id })),
      ...content.tags.map((t) => ({ kind: 'tag' as const, id: t.id })),
    ];
    const images = new Set<string>();
    for (const r of routes) {
      for (const { code } of LOCALES) {
        const image = pages.get(localizedUrl(code, r))!.doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
        expect(image).toContain(`/og${localizedUrl(code, r).slice(0, -1)}.png`);
        images.add(image);
      }
    }
    expect(images.size).toBe(routes.length * LOCALES.length);
  });

  it('gives each claim the card of its status, one per status and language', () => {
    for (const { code } of LOCALES) {
      const byStatus = new Map<string, Set<string>>();
      for (const c of content.claims) {
        const d = pages.get(localizedUrl(code, { kind: 'claim', id: c.id }))!.doc;
        const image = d.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
        // The badge the page shows is the status its card shows.
        const status = /\bstatus-(\S+)/.exec(d.querySelector('main .verdict-panel .status-line .badge')!.getAttribute('class')!)![1]!;
        expect(image).toContain(`/og/${LOCALES.find((l) => l.code === code)!.path}/claims/status/${status}.png`);
        expect(localFile(image), image).not.toBeNull();
        // Its alt text says what the card shows: the status, not the claim.
        expect(d.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toBe(`${useStrings(code).status[status as ClaimStatus]} · ${useStrings(code).statusHelp[status as ClaimStatus]}`);
        byStatus.set(status, (byStatus.get(status) ?? new Set()).add(image));
      }
      expect(byStatus.size).toBeGreaterThan(1);
      for (const images of byStatus.values()) expect(images.size).toBe(1);
    }
  });
});

describe('icons and manifests', () => {
  it('links a favicon, an Apple touch icon and a manifest in the page’s language from every page', () => {
    for (const page of pages.values()) {
      const href = (sel: string) => page.doc.querySelectorAll(sel).map((l) => l.getAttribute('href')!);
      expect(href('link[rel="icon"]'), page.url).toEqual(['/favicon.ico', '/favicon.svg']);
      expect(href('link[rel="apple-touch-icon"]')).toEqual(['/apple-touch-icon.png']);
      const [manifest] = href('link[rel="manifest"]');
      const lang = page.doc.querySelector('html')!.getAttribute('lang');
      const parsed = JSON.parse(fs.readFileSync(targetOf(manifest!)!, 'utf8'));
      expect(parsed.lang).toBe(lang);
      expect(targetOf(parsed.start_url)).not.toBeNull();
      for (const icon of parsed.icons) expect(targetOf(icon.src), icon.src).not.toBeNull();
    }
  });

  it('draws each PNG icon at the size it is named for', () => {
    expect(pngSize(targetOf('/icon-192.png')!)).toEqual([192, 192]);
    expect(pngSize(targetOf('/icon-512.png')!)).toEqual([512, 512]);
    expect(pngSize(targetOf('/apple-touch-icon.png')!)).toEqual([180, 180]);
    expect([...fs.readFileSync(targetOf('/favicon.ico')!).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
