/**
 * Where a page links its stylesheets: first thing in the body, not in the
 * head. Either way nothing paints before the sheet has loaded (a sheet at
 * the top of the body blocks the content after it, which is all of it), so
 * readers see the same first frame. But with the sheet in the head,
 * Lighthouse's Chromium held the first paint 0.8–2.3 s after the load event
 * in 25 of 39 runs on this machine, with nothing left to load or
 * run; with it at the top of the body, never (0 of 33 runs, the articles
 * included, which already linked theirs there). README, Decisions.
 *
 * Pure string work on Astro's output, which writes each link as
 * `<link rel="stylesheet" href="…">` in the head.
 */
const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

export function stylesheetsToBody(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const links: string[] = [];
  const head = html.slice(0, headEnd).replace(LINK, (link) => {
    links.push(link);
    return '';
  });
  if (!links.length) return html;
  const rest = html.slice(headEnd);
  const bodyOpen = /<body\b[^>]*>/.exec(rest);
  if (!bodyOpen) return html;
  const at = bodyOpen.index + bodyOpen[0].length;
  return head + rest.slice(0, at) + links.join('') + rest.slice(at);
}
