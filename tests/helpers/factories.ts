// Typed factories for unit tests: plain data, no files, no Astro.
import type { Claim, Position, Source, Tag, Article } from '../../src/lib/model.ts';

export function makePosition(over: Partial<Position> = {}): Position {
  return {
    source: 'alpha',
    stance: 'supports',
    quote: 'a quote',
    quoteLang: 'en',
    translation: '一段引文',
    location: { en: 'p1', 'zh-TW': '第 1 段' },
    note: { en: 'note', 'zh-TW': '註' },
    overtaken: false,
    ...over,
  };
}

export function makeClaim(id: string, positions: Partial<Position>[] = [{}], over: Partial<Claim> = {}): Claim {
  return {
    id,
    statement: { en: `Claim ${id}`, 'zh-TW': `說法 ${id}` },
    kind: 'fact',
    tags: [],
    positions: positions.map((p) => makePosition(p)),
    verdict: { label: 'likely', reason: { en: 'A reason.', 'zh-TW': '理由。' } },
    ...over,
  };
}

export function makeSource(id: string, over: Partial<Source> = {}): Source {
  return {
    id,
    shortName: { en: `source ${id}`, 'zh-TW': `來源 ${id}` },
    mark: { glyph: 'S', color: 'sky' },
    title: { published: `Source ${id}`, lang: 'en', translation: `來源 ${id}`, translatedBy: 'site' },
    outlet: null,
    author: null,
    published: { precision: 'unknown' },
    languages: ['en'],
    url: null,
    archiveId: '000_0000000000000000',
    kind: 'analysis',
    tags: [],
    references: [],
    ...over,
  };
}

export function makeTag(id: string): Tag {
  return { id, label: { en: id, 'zh-TW': id }, description: { en: id, 'zh-TW': id } };
}

export function makeArticle(id: string, over: Partial<Article> = {}): Article {
  return {
    id,
    locale: 'en',
    title: id,
    description: id,
    published: '2026-01-01',
    updated: '2026-01-01',
    tags: [],
    sources: [],
    claims: [],
    ...over,
  };
}
