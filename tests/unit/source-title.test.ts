import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../src/lib/source-title.ts';
import { makeSource } from '../helpers/factories.ts';

const english = makeSource('a', { title: { published: 'Meta’s bet', lang: 'en', translation: 'Meta 的賭注', translatedBy: 'site' } });
const chinese = makeSource('b', { title: { published: '從開放到封閉', lang: 'zh-Hant', translation: 'From open to closed', translatedBy: 'author' } });

describe('displayTitle()', () => {
  it('shows an English source as published on both editions, marked as English', () => {
    expect(displayTitle(english, 'en')).toEqual({ text: 'Meta’s bet', lang: 'en' });
    expect(displayTitle(english, 'zh-TW')).toEqual({ text: 'Meta’s bet', lang: 'en' });
  });

  it('shows a Chinese source under its English title on English pages, and as published on Chinese ones', () => {
    expect(displayTitle(chinese, 'en')).toEqual({ text: 'From open to closed', lang: 'en' });
    expect(displayTitle(chinese, 'zh-TW')).toEqual({ text: '從開放到封閉', lang: 'zh-TW' });
  });
});
