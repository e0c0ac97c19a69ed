// The quote matcher: verbatim means character for character; only line
// wrapping (runs of ASCII whitespace) is folded, and an ellipsis marks an
// omission whose parts must appear in order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveDir, describeMismatch, foldWrapping, isCI, matchQuote, quoteParts, verifyQuotes } from '../../src/lib/content/quotes.ts';
import type { ContentSet } from '../../src/lib/model.ts';

const SOURCE = 'Meta’s 2026 capex guidance reaches $125‑145B.\nThe model has experienced\ntwo delays. 發布時間從 3 月推遲至至少 5 月。 It ships in 2026 年 5\u00a0月.';
const ok = (q: string) => matchQuote(q, SOURCE).ok;

describe('matchQuote()', () => {
  it('accepts an exact quote and one that joins a wrapped line', () => {
    expect(ok('Meta’s 2026 capex guidance')).toBe(true);
    expect(ok('has experienced two delays')).toBe(true);
    expect(ok('has   experienced\n\ttwo delays')).toBe(true);
  });

  it('is character for character: curly vs straight quotes, U+2011 vs hyphen, NBSP vs space, case, punctuation width', () => {
    expect(ok("Meta's 2026 capex")).toBe(false);
    expect(ok('$125-145B')).toBe(false);
    expect(ok('$125‑145B')).toBe(true);
    expect(ok('2026 年 5 月')).toBe(false);
    expect(ok('2026 年 5\u00a0月')).toBe(true);
    expect(ok('meta’s 2026')).toBe(false);
    expect(ok('推遲至至少 5 月.')).toBe(false);
    expect(ok('推遲至至少 5 月。')).toBe(true);
  });

  it('never lets whitespace match nothing, or a no-break space match a space', () => {
    expect(ok('hasexperienced')).toBe(false);
    expect(ok('2026 年 5 月'.replace(' 月', '\u00a0月'))).toBe(true);
    expect(ok('2026 年\u00a05\u00a0月')).toBe(false);
  });

  it('reads … and ... as omissions whose parts appear in order', () => {
    expect(quoteParts('a … b...c …')).toEqual(['a', 'b', 'c']);
    expect(ok('Meta’s 2026 … two delays')).toBe(true);
    expect(ok('Meta’s 2026 ... two delays')).toBe(true);
    expect(ok('發布時間……5 月。')).toBe(true);
    expect(ok('two delays … Meta’s 2026')).toBe(false);
    expect(ok('Meta’s 2026 … three delays')).toBe(false);
  });

  it('reports the part that failed and how far its start matched', () => {
    const m = matchQuote('The model has experienced three delays', SOURCE);
    expect(m).toMatchObject({ ok: false, part: 'The model has experienced three delays', matched: 'The model has experienced t' });
  });
});

describe('describeMismatch()', () => {
  const why = (q: string) => {
    const m = matchQuote(q, SOURCE);
    if (m.ok) throw new Error('expected a mismatch');
    return describeMismatch(m, SOURCE);
  };
  it('shows the last words that match, then the differing words on both sides, whole', () => {
    expect(why('The model has experienced three delays')).toBe('matches up to “…The model has experienced”, then the quote has “three delays” where the source has “two delays. 發布時間從 3 月推遲至至少”');
  });
  it('says so when the quote’s start is nowhere in the source', () => {
    expect(why('Zebras ship in May')).toBe('its start “Zebras ship in May” is nowhere in the source');
  });
  it('shows Chinese by characters', () => {
    expect(why('發布時間從 4 月推遲')).toBe('matches up to “…發布時間從”, then the quote has “4 月推遲” where the source has “3 月推遲至至少 5 月。 It”');
  });
  it('folds only ASCII whitespace', () => {
    expect(foldWrapping('a \n\t b\u00a0c\u3000d')).toBe('a b\u00a0c\u3000d');
  });
});

describe('verifyQuotes()', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avocado-archive-'));
  fs.writeFileSync(path.join(dir, '000_aaaaaaaaaaaaaaaa.txt'), SOURCE);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const set = (quote: string, archiveId = '000_aaaaaaaaaaaaaaaa') =>
    ({
      sources: [{ id: 'memo', file: 'sources/memo/source.yaml', data: { archiveId } }],
      claims: [{ id: 'two-delays', file: 'claims/two-delays.yaml', data: { positions: [{ source: 'memo', quote }] } }],
    }) as unknown as Pick<ContentSet, 'sources' | 'claims'>;

  it('passes verbatim quotes and counts them', () => {
    expect(verifyQuotes(set('has experienced two delays'), dir)).toEqual({ archiveFound: true, dir, checked: 1, errors: [] });
  });
  it('names the file, the field, the claim, the source and the words that differ', () => {
    const { errors } = verifyQuotes(set('has experienced three delays'), dir);
    expect(errors).toEqual([
      {
        file: 'claims/two-delays.yaml',
        field: 'positions[0].quote',
        message: expect.stringMatching(/^claim two-delays: quote not verbatim in memo \(000_aaaaaaaaaaaaaaaa\.txt\): .*quote has “three delays” where the source has “two delays/),
      },
    ]);
  });
  it('reports a source whose archived text is missing', () => {
    expect(verifyQuotes(set('x', '001_bbbbbbbbbbbbbbbb'), dir).errors).toEqual([{ file: 'sources/memo/source.yaml', field: 'archiveId', message: expect.stringContaining('no archived text 001_bbbbbbbbbbbbbbbb.txt') }]);
  });
  it('checks nothing, and says the archive was not found, when the folder is absent', () => {
    expect(verifyQuotes(set('anything'), path.join(dir, 'missing'))).toMatchObject({ archiveFound: false, checked: 0, errors: [] });
  });
});

describe('archiveDir() and isCI()', () => {
  it('defaults to ../shared/seeds beside the project; AVOCADO_ARCHIVE_DIR overrides', () => {
    expect(archiveDir('/p/site', {})).toBe('/p/shared/seeds');
    expect(archiveDir('/p/site', { AVOCADO_ARCHIVE_DIR: '/a' })).toBe('/a');
  });
  it('treats CI=true as CI, and CI=false or 0 or unset as not', () => {
    expect([isCI({ CI: 'true' }), isCI({ CI: '1' }), isCI({ CI: 'false' }), isCI({ CI: '0' }), isCI({})]).toEqual([true, true, false, false, false]);
  });
});
