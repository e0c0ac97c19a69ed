// The reading measure, as a reader meets it: no block of text that wraps
// runs wider than about 75 characters a line in English (the site sets
// 68ch) or 40 ideographs in Chinese (40em), whatever box holds it. Tables,
// charts and navigation are laid out as grids, not read as lines, and are
// left out. Runs in the page (page.evaluate), so it is self-contained. It
// reads the elements base.css caps; text set in other elements (div, dt,
// summary, h4) is not read, and none carries running text today.
export const MEASURE_LIMITS = { en: 75, zh: 41 } as const;

export function measureFaults(limits: { en: number; zh: number }): string[] {
  const faults: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('main :is(p, li, dd, blockquote, figcaption, h2, h3)')) {
    if (el.closest('table, svg, nav')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    if (lines < 2) continue;
    // 1ch and 1em in the element's own font, from a probe inside it.
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;width:1ch;height:1em';
    el.append(probe);
    const { width: ch, height: em } = probe.getBoundingClientRect();
    probe.remove();
    const cs = getComputedStyle(el);
    const width = el.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    // As the CSS decides: by the page's language, not the element's own.
    const zh = document.documentElement.lang === 'zh-TW';
    const n = zh ? width / em : width / ch;
    if (n > (zh ? limits.zh : limits.en)) faults.push(`${Math.round(n)}${zh ? 'em' : 'ch'} wide: <${el.tagName.toLowerCase()}> “${text.slice(0, 48)}…”`);
  }
  return faults;
}
