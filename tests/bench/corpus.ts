/**
 * A synthetic corpus for the benchmark: N sources, about 5N claims with
 * positions, N articles and 40 tags, in en and zh-TW, shaped like the real
 * content (prose lengths, headings, links, quotes within their limits) and
 * valid under the same checks (`checkContentDir`). Deterministic: the same N
 * always writes the same files. YAML files are written as JSON, which is YAML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SIMPLIFIED_ONLY } from '../../src/lib/content/rules.ts';
import { allowedVerdicts } from '../../src/lib/verdict.ts';

export const TAG_COUNT = 40;
export const CLAIMS_PER_SOURCE = 5;

/**
 * Measured on this corpus (claims cluster around neighbouring sources): about
 * 5.3 pairs of sources per source share a claim and get a comparison page,
 * and about 0.3 disputes per source, 8 to a disagreements page.
 */
const COMPARE_PAIRS_PER_SOURCE = 5.3;
const DISAGREEMENT_PAGES_PER_SOURCE = 0.3 / 8;

/**
 * An estimate of the HTML pages the real site builds for N sources: per locale
 * N sources, 5N claims, N articles, the comparison pages, the tags, 8 fixed
 * pages, the extra pages of the disagreements list (and of the matrix when
 * given), plus `/` and /404.html. The bench reports the count it builds.
 */
export function expectedPages(n: number, extraMatrixPages = 0): number {
  const perLocale = n + CLAIMS_PER_SOURCE * n + n + Math.round(COMPARE_PAIRS_PER_SOURCE * n) + Math.floor(DISAGREEMENT_PAGES_PER_SOURCE * n) + TAG_COUNT + 8 + extraMatrixPages;
  return 2 * perLocale + 2;
}

/** The number of sources that gives at least `pages` pages. */
export function sourcesForPages(pages: number): number {
  let n = 4;
  while (expectedPages(n) < pages) n++;
  return n;
}

const EN_WORDS = ('model weights release open closed license training inference benchmark compute budget capital lab team report ' +
  'analysis source claim date estimate forecast market cloud partner developer research pretraining token context price ' +
  'quarter launch delay memo strategy platform ecosystem hardware cluster dataset evaluation safety product roadmap').split(' ');
// Common Traditional characters only; anything in the Simplified-only list is dropped as a safeguard.
const ZH_CHARS = [...'模型權重發布開放封閉授權訓練推論基準測試算力預算資本實驗室團隊報告分析來源說法日期估計預測市場雲端夥伴開發研究資料價格季度延後策略平台生態系硬體評估安全產品路線圖的是在有和這個們中大上為以於出就分成可主年同工也能下過子種面而方後多定行學法所得十三之進著等部度家力裡如水化高自理起小物現實加量都兩體制機當使點從業本去把性好應還因由其些然前外天']
  .filter((ch) => !SIMPLIFIED_ONLY.includes(ch));

/** mulberry32: a tiny seeded PRNG, so runs are reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof rng>;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const enWords = (r: Rand, n: number) => Array.from({ length: n }, () => pick(r, EN_WORDS)).join(' ');
const zhChars = (r: Rand, n: number) => Array.from({ length: n }, () => pick(r, ZH_CHARS)).join('');
const enSentence = (r: Rand) => { const s = enWords(r, 12 + Math.floor(r() * 10)); return `${s[0]!.toUpperCase()}${s.slice(1)}.`; };
const zhSentence = (r: Rand) => `${zhChars(r, 14)}，${zhChars(r, 12 + Math.floor(r() * 10))}。`;
const enPara = (r: Rand, n = 5) => Array.from({ length: n }, () => enSentence(r)).join(' ');
const zhPara = (r: Rand, n = 4) => Array.from({ length: n }, () => zhSentence(r)).join('');

const pad = (i: number, w: number) => String(i).padStart(w, '0');
export const tagId = (i: number) => `topic-${pad(i + 1, 2)}`;
export const sourceId = (i: number) => `source-${pad(i + 1, 5)}`;
export const claimId = (i: number) => `claim-${pad(i + 1, 6)}`;
export const articleId = (i: number) => `analysis-${pad(i + 1, 5)}`;
/** A past date: day k (0–599) after 2024-01-01. */
const day = (k: number) => new Date(Date.UTC(2024, 0, 1) + (k % 600) * 86_400_000).toISOString().slice(0, 10);
const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
const frontMatter = (data: Record<string, unknown>) => `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n\n`;

function write(dir: string, rel: string, text: string) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Markdown of about `sections` × 150 words: headings, paragraphs, a list and relative links. */
function body(r: Rand, zh: boolean, sections: number, links: string[]): string {
  const out: string[] = [];
  for (let s = 0; s < sections; s++) {
    out.push(zh ? `## 第 ${s + 1} 節：${zhChars(r, 6)}` : `## Part ${s + 1}: ${enWords(r, 3)}`);
    out.push(zh ? zhPara(r) : enPara(r));
    if (s === 1) out.push(links.map((l) => `- [${zh ? zhChars(r, 5) : enWords(r, 3)}](${l})`).join('\n'));
    out.push(zh ? zhPara(r, 3) : enPara(r, 4));
  }
  return `${out.join('\n\n')}\n`;
}

/** Writes the corpus for `n` sources into `dir` (which should be empty). */
export function writeCorpus(dir: string, n: number): { sources: number; claims: number; articles: number; tags: number } {
  const r = rng(n);
  const claims = CLAIMS_PER_SOURCE * n;
  for (let i = 0; i < TAG_COUNT; i++) {
    write(dir, `tags/${tagId(i)}.yaml`, json({
      label: { en: `Topic ${i + 1}`, 'zh-TW': `主題 ${i + 1}` },
      description: { en: enSentence(r), 'zh-TW': zhSentence(r) },
    }));
  }
  for (let i = 0; i < n; i++) {
    const zhTitle = i % 4 === 3;
    write(dir, `sources/${sourceId(i)}/source.yaml`, json({
      shortName: { en: `Report ${i + 1}`, 'zh-TW': `報導 ${i + 1}` },
      mark: { glyph: String.fromCharCode(65 + (i % 26)), color: (['orange', 'sky', 'green', 'vermillion', 'purple'] as const)[i % 5] },
      title: zhTitle
        ? { published: zhChars(r, 16), lang: 'zh-Hant', translation: enWords(r, 8), translatedBy: 'site' }
        : { published: `Report ${i + 1}: ${enWords(r, 6)}`, lang: 'en', translation: zhChars(r, 14), translatedBy: 'site' },
      outlet: i % 3 ? `Outlet ${i % 17}` : null,
      author: i % 2 ? `Author ${i % 23}` : null,
      published: i % 7 === 6 ? { precision: 'month', date: day(i).slice(0, 7), statedIn: { en: 'the byline', 'zh-TW': '署名行' } }
        : { precision: 'day', date: day(i), statedIn: { en: 'the page footer', 'zh-TW': '頁尾' } },
      languages: [zhTitle ? 'zh-Hant' : 'en'],
      url: null,
      archiveId: `${pad(i % 1000, 3)}_${(i * 2654435761 >>> 0).toString(16).padStart(16, '0').slice(-16)}`,
      kind: pick(r, ['news-report', 'analysis', 'blog-post', 'digest']),
      tags: [tagId(i % TAG_COUNT), tagId((i * 7 + 3) % TAG_COUNT)].filter((t, k, a) => a.indexOf(t) === k),
      references: [],
    }));
    const mine = Array.from({ length: 3 }, (_, k) => `../../claims/${claimId((i * CLAIMS_PER_SOURCE + k) % claims)}/`);
    write(dir, `sources/${sourceId(i)}/en.md`, frontMatter({ summary: `${enPara(r)}\n\n${enPara(r)}` }) + body(r, false, 4, mine));
    write(dir, `sources/${sourceId(i)}/zh-tw.md`, frontMatter({ summary: `${zhPara(r)}\n\n${zhPara(r)}` }) + body(r, true, 4, mine));
  }
  for (let i = 0; i < claims; i++) {
    // Positions come from neighbouring sources, as claims cluster around one story.
    const home = Math.floor(i / CLAIMS_PER_SOURCE);
    const count = 1 + Math.floor(r() * 4);
    const sources = [...new Set(Array.from({ length: count }, (_, k) => (home + k * (1 + Math.floor(r() * 3))) % n))];
    const kind = pick(r, ['fact', 'forecast', 'estimate', 'opinion'] as const);
    const claim = {
      statement: { en: enSentence(r), 'zh-TW': zhSentence(r) },
      kind,
      tags: [tagId(i % TAG_COUNT), tagId((i * 3 + 1) % TAG_COUNT)].filter((t, k, a) => a.indexOf(t) === k),
      // Every claim carries the editorial fields a disputed one must have.
      assessment: { en: enPara(r, 2), 'zh-TW': zhPara(r, 2) },
      settle: { en: enSentence(r), 'zh-TW': zhSentence(r) },
      positions: sources.map((s) => {
        const zhQuote = s % 4 === 3;
        return {
          source: sourceId(s),
          stance: pick(r, ['supports', 'supports', 'disputes', 'qualifies'] as const),
          ...(r() < 0.5 ? { value: { en: `Q${1 + (i % 4)} 2026`, 'zh-TW': `2026 年第 ${1 + (i % 4)} 季` } } : {}),
          quote: zhQuote ? zhChars(r, 20 + Math.floor(r() * 40)) : enWords(r, 8 + Math.floor(r() * 25)),
          quoteLang: zhQuote ? 'zh-Hant' : 'en',
          translation: zhQuote ? enWords(r, 12) : zhChars(r, 24),
          location: { en: `section ${1 + (i % 4)}, paragraph 2`, 'zh-TW': `第 ${1 + (i % 4)} 節第 2 段` },
          note: { en: enPara(r, 2), 'zh-TW': zhPara(r, 2) },
        };
      }),
    };
    // A verdict the validator accepts: the first label the evidence allows.
    const label = allowedVerdicts({ kind, positions: claim.positions.map((p) => ({ stance: p.stance, overtaken: false })) })[0]!;
    write(dir, `claims/${claimId(i)}.yaml`, json({ ...claim, verdict: { label, reason: { en: enSentence(r), 'zh-TW': zhSentence(r) } } }));
  }
  for (let i = 0; i < n; i++) {
    const cited = { sources: [sourceId(i), sourceId((i + 1) % n)].filter((s, k, a) => a.indexOf(s) === k), claims: Array.from({ length: 5 }, (_, k) => claimId(i * CLAIMS_PER_SOURCE + k)) };
    const meta = { published: day(i % 500), updated: day((i % 500) + 7), tags: [tagId(i % TAG_COUNT)], ...cited };
    const links = cited.claims.slice(0, 3).map((c) => `../../claims/${c}/`);
    write(dir, `articles/${articleId(i)}/en.md`, frontMatter({ title: `Analysis ${i + 1}: ${enWords(r, 5)}`, description: enSentence(r), ...meta }) + body(r, false, 6, links));
    write(dir, `articles/${articleId(i)}/zh-tw.md`, frontMatter({ title: `分析 ${i + 1}：${zhChars(r, 10)}`, description: zhSentence(r), ...meta }) + body(r, true, 6, links));
  }
  return { sources: n, claims, articles: n, tags: TAG_COUNT };
}
