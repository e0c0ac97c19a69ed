// The Markdown pipeline as the build runs it (same plugins, same processor):
// what a content file could smuggle in is gone, what editors write survives.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';
import { MARKDOWN } from '../../src/lib/markdown.ts';

const processor = await createMarkdownProcessor({ ...MARKDOWN, syntaxHighlight: false } as Parameters<typeof createMarkdownProcessor>[0]);
const render = async (md: string, file = '/c/articles/x/en.md') => (await processor.render(md, { fileURL: pathToFileURL(file) })).code;

describe('the Markdown pipeline', () => {
  it('keeps what editors write: heading ids, GFM tables, relative links, emphasis, footnotes', async () => {
    const html = await render('## What it adds\n\nSee [the claim](../../claims/x/) *now*.[^1]\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n[^1]: A note.');
    const doc = parse(html);
    expect(doc.querySelector('h2')?.getAttribute('id')).toBe('what-it-adds');
    expect(doc.querySelector('a[href="../../claims/x/"]')?.getAttribute('class')).toBeUndefined();
    expect(doc.querySelector('em')?.text).toBe('now');
    expect(doc.querySelectorAll('table tbody tr > *').map((td) => td.getAttribute('align'))).toEqual(['left', 'right']);
    expect(doc.querySelector('section.footnotes li[id]')).not.toBeNull();
  });

  it('drops HTML outside the allow-list, with its contents where they would run or show as code', async () => {
    const html = await render(
      'Text <style>body{display:none}</style><object data="x.swf"></object><form action="https://evil.example/"><input name="pw"></form>' +
        '<div style="position:fixed" class="x">kept text</div> <abbr title="Meta Superintelligence Labs">MSL</abbr>' +
        '<img src="https://tracker.example/p.gif" alt="t"> <a href="data:text/html,x">d</a>',
    );
    expect(html).not.toMatch(/<style|<object|<form|<input|<div|style=|class="x"|body\{display|tracker\.example|data:text/);
    expect(html).toContain('kept text');
    expect(html).toContain('<abbr title="Meta Superintelligence Labs">MSL</abbr>');
  });

  it('drops scripts, frames and event handlers even if the validator let them by', async () => {
    const html = await render('<script>alert(1)</script><iframe src="https://x.example/"></iframe><img src="a.png" onerror="alert(1)"><a href="javascript:alert(1)">j</a>');
    expect(html).not.toMatch(/script|iframe|onerror|javascript|alert/);
  });

  it.each([
    ['en', '/c/articles/x/en.md'],
    ['zh-TW', '/c/articles/x/zh-tw.md'],
  ] as const)('marks external links in %s: rel, class and hidden text in the page’s language', async (locale, file) => {
    const doc = parse(await render('Read [the post](https://example.org/post) and [ours](../../sources/a/).', file));
    const ext = doc.querySelector('a[href="https://example.org/post"]')!;
    expect(ext.getAttribute('rel')).toBe('noopener noreferrer');
    expect(ext.classList.contains('external')).toBe(true);
    expect(ext.querySelector('.visually-hidden')?.text.trim()).toBe(useStrings(locale).site.externalLink);
    const own = doc.querySelector('a[href="../../sources/a/"]')!;
    expect(own.getAttribute('rel')).toBeUndefined();
    expect(own.querySelector('.visually-hidden')).toBeNull();
  });
});
