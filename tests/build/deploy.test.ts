// The suite's own build (no SITE_URL) is a preview nobody may index. A build
// with SITE_URL is checked on the fixture corpus in fixture-site.test.ts,
// which builds it once for several concerns.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadPages } from '../helpers/dist.ts';

describe('the suite\'s own build, without SITE_URL (a preview)', () => {
  it('disallows every crawler in robots.txt', () => {
    expect(fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('marks every page noindex, so a preview published by mistake is never indexed', () => {
    const pages = [...loadPages().values()];
    expect(pages.length).toBeGreaterThan(100);
    const indexable = pages.filter((p) => p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex').map((p) => p.url);
    expect(indexable).toEqual([]);
  });
});
