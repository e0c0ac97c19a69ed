// axe-core on the pages this issue adds (and the home page that now carries
// the timeline), in both languages and both colour schemes: no WCAG 2.2 AA
// violation at all.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir, contentDir } from '../../src/lib/content/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localizedUrl, type Route } from '../../src/lib/urls.ts';
import { openHarness, type Harness } from '../helpers/browser.ts';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { content } = checkContentDir(contentDir());
const ids = content.sources.map((s) => s.id).sort();
const routes: Route[] = [
  { kind: 'home' },
  { kind: 'disagreements' },
  ...ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ kind: 'compare' as const, id: `${a}--${b}` }))),
  { kind: 'source', id: ids[0]! },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.close());

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('axe-core finds no violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const { code } of LOCALES) {
      // Dark mode on the chart-bearing pages only: the palette is what changes.
      const list = scheme === 'light' ? routes : routes.slice(0, 2);
      it(`${scheme}, ${code}: ${list.length} pages`, async () => {
        const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
        const found: string[] = [];
        for (const route of list) {
          const url = localizedUrl(code, route);
          await page.goto(h.base + url);
          // evaluate() runs over CDP, outside the page CSP that would block an injected <script>.
          await page.evaluate(AXE);
          const violations = await page.evaluate(async (tags) => {
            const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
            return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
          }, TAGS);
          for (const v of violations) found.push(`${url} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        }
        expect(found).toEqual([]);
        await page.close();
      }, 120_000);
    }
  }
});
