// HTML validity of every built page: html-validate with the project's
// .htmlvalidate.json (the recommended preset, plus heading order, aria
// references, doctype and no unknown elements).
//
// no-redundant-role lets the table roles through (table, rowgroup, row,
// columnheader, rowheader, cell): the claims matrix and a source's claims
// table restate them on purpose, because Safari drops a table's semantics
// once CSS changes its display (the phone layout). The exception lived in an
// HTML comment before each table; in the config it costs readers nothing.
//
// One rule is replaced rather than kept: html-validate's long-title counts
// the raw source, so `Meta&#39;s` is nine characters to it. The test below
// checks the same limit on the title a reader and a search engine see.
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE } from '../../src/lib/title.ts';
import { loadPages } from '../helpers/dist.ts';

const pages = [...loadPages().values()];
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('html-validate finds 0 errors on every built page', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      const messages: Message[] = report.results.flatMap((r) => r.messages);
      for (const m of messages) errors.push(`${page.url}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(pages.length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('the validator is live: it rejects a page with a broken reference', async () => {
    const bad = pages[0]!.html.replace('<main', '<main aria-labelledby="no-such-id"');
    const report = await validator.validateString(bad, 'bad.html');
    expect(report.results.flatMap((r) => r.messages).map((m) => m.ruleId)).toContain('no-missing-references');
  });

  it('still rejects a redundant role outside the table roles it lets through', async () => {
    const bad = pages[0]!.html.replace('<main', '<main role="main"');
    const report = await validator.validateString(bad, 'bad.html');
    expect(report.results.flatMap((r) => r.messages).map((m) => m.ruleId)).toContain('no-redundant-role');
  });

  it(`every page title fits a search result (${MAX_TITLE} characters as read)`, () => {
    const long = pages.map((p) => p.doc.querySelector('title')?.text ?? '').filter((t) => t.length > MAX_TITLE);
    expect(long).toEqual([]);
  });
});
