// Measures what a social card costs to draw: every card the build draws, in both
// languages, rendered in turn as the build does (satori, then resvg).
// The rule: above 50 ms a page, fall back to one card per page kind.
// Usage: node scripts/bench-og.ts   (npm run bench:og)
import { performance } from 'node:perf_hooks';
import { checkContentDir, contentDir } from '../src/lib/content/index.ts';
import { deriveSite } from '../src/lib/derive.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { cardFor, cardKeys } from '../src/lib/og/cards.ts';
import { loadCardAssets, renderCard } from '../src/lib/og/render.ts';

const BUDGET_MS = 50;
const { content, errors } = checkContentDir(contentDir());
if (errors.length) throw new Error('content has faults: run npm run check:content');
const site = deriveSite(content, LOCALE_CODES);
const assets = loadCardAssets();
const cards = LOCALE_CODES.flatMap((locale) => cardKeys(site).map((key) => cardFor(locale, key, site, 'localhost:4321')));

await renderCard(cards[0]!, assets); // warm-up: font parsing and WASM start once per build
// CPU time is the cost; wall time also counts whatever else the machine
// is doing (parallel builds), so both are reported and CPU time decides.
const wall: number[] = [];
const cpu: number[] = [];
for (const card of cards) {
  const [w, c] = [performance.now(), process.cpuUsage()];
  await renderCard(card, assets);
  const used = process.cpuUsage(c);
  wall.push(performance.now() - w);
  cpu.push((used.user + used.system) / 1000);
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { mean, text: `mean ${mean.toFixed(1)} ms, median ${s[s.length >> 1]!.toFixed(1)} ms, p95 ${s[Math.floor(s.length * 0.95)]!.toFixed(1)} ms` };
};
const [w, c] = [stats(wall), stats(cpu)];
console.log(`social cards: ${cards.length} (${LOCALE_CODES.length} languages)`);
console.log(`  CPU time per card:  ${c.text}`);
console.log(`  wall time per card: ${w.text}`);
console.log(c.mean <= BUDGET_MS ? `within the ${BUDGET_MS} ms budget: one card per page (claims share one per status, see src/lib/og/cards.ts)` : `over the ${BUDGET_MS} ms budget: use one card per page kind`);
