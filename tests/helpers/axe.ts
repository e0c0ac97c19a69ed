// axe-core in a page already loaded: WCAG 2.0–2.2 A and AA, violations only,
// as lines a person can act on. The page needs bypassCSP (axe is injected).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on the colour scheme. A page's markup,
 * names, roles and structure are the same in light and dark; only colours
 * change. So the second scheme needs only these, and the full WCAG run once.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, only: 'wcag' | 'colour' = 'wcag'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const runOnly = only === 'wcag' ? { type: 'tag', values: WCAG } : { type: 'rule', values: COLOUR_RULES };
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `[${v.id}] ${v.help}: ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ')}` : ''}`));
  }, runOnly);
}
