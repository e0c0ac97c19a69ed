import { describe, expect, it } from 'vitest';
import { sourceCode, sourceTitle, sourceTitleLang } from '../../src/lib/sources.ts';

const zh = { title: { published: '從開放到封閉', lang: 'zh-Hant' as const, translation: 'From open to closed', translatedBy: 'author' as const } };
const en = { title: { published: 'The Llama Era', lang: 'en' as const, translation: 'Llama 時代', translatedBy: 'site' as const } };

describe('sourceTitle() and sourceTitleLang()', () => {
  it('gives English readers the English title of a Chinese source', () => {
    expect(sourceTitle(zh, 'en')).toBe('From open to closed');
    expect(sourceTitleLang(zh, 'en')).toBe('en');
  });
  it('gives Chinese readers every title as published, in its own language', () => {
    expect(sourceTitle(zh, 'zh-TW')).toBe('從開放到封閉');
    expect(sourceTitle(en, 'zh-TW')).toBe('The Llama Era');
    expect(sourceTitleLang(en, 'zh-TW')).toBe('en');
  });
});

describe('sourceCode()', () => {
  it('is the archive file number that prose uses to name a source', () => {
    expect(sourceCode({ archiveId: '003_fa169f689d55eb44' })).toBe('003');
  });
});
