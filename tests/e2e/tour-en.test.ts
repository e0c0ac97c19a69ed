// The page tour (tests/helpers/tour.ts) of the English edition and the
// bilingual landing page; and the check that every locale has its tour.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { pageKindUrls } from '../helpers/page-kinds.ts';
import { tour, tourOf } from '../helpers/tour.ts';

tour('en');

describe('the tours', () => {
  it('visit every page kind once, one test file per locale', () => {
    for (const l of LOCALES) expect(fs.existsSync(path.join(import.meta.dirname, `tour-${l.path}.test.ts`)), l.code).toBe(true);
    expect(LOCALES.flatMap((l) => tourOf(l.code)).map((k) => k.url).sort()).toEqual(pageKindUrls().map((k) => k.url).sort());
  });
});
