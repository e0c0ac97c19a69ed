/**
 * Translation status for this build: git history of the content folder,
 * read once per build (one `git log`), matched to the site's articles and
 * source readings. See src/lib/translation-status.ts for the rules.
 */
import { contentDir } from '../lib/content/paths.ts';
import { readTranslationStatus } from '../lib/git-history.ts';
import { attentionFirst, translationPairs, type PairKind, type PairStatus } from '../lib/translation-status.ts';
import { TRANSLATION_PAGE_SIZE } from '../lib/derive.ts';
import { paginate, type Slice } from '../lib/paginate.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { getSite } from './site.ts';

let cached: Promise<PairStatus[]> | undefined;
let pages: Promise<Slice<PairStatus>[]> | undefined;

async function load(): Promise<PairStatus[]> {
  const site = await getSite();
  const pairs = translationPairs({ articles: site.articles[DEFAULT_LOCALE].map((a) => a.id), sources: site.sources.map((s) => s.id) });
  const { history, status } = readTranslationStatus(contentDir(), pairs);
  // Said once per build, so an editor building from a download or a shallow clone knows why no page has a notice.
  const unknown = status.filter((p) => p.status.state === 'unknown');
  if (unknown.length)
    console.warn(
      `\n[translation-status] cannot tell whether ${unknown.length} of ${status.length} pages are behind their other language version (${history.available ? 'a shallow clone or uncommitted files' : `${history.reason}${history.detail ? `: ${history.detail}` : ''}`}); they show no notice. Build from a full clone to see them.`,
    );
  return status;
}

/** Every pair with its state, articles first, each kind by id. */
export function getTranslationStatus(): Promise<PairStatus[]> {
  cached ??= load();
  return cached;
}

/**
 * The editors' status list, cut into pages so none grows with the corpus
 * (issue 12): pairs that need attention first (attentionFirst), then the
 * rest, TRANSLATION_PAGE_SIZE a page. Every pair is on exactly one page.
 */
export function getTranslationPages(): Promise<Slice<PairStatus>[]> {
  pages ??= getTranslationStatus().then((all) => paginate(attentionFirst(all), TRANSLATION_PAGE_SIZE));
  return pages;
}

/** One page's pair. */
export async function getPairStatus(kind: PairKind, id: string): Promise<PairStatus | undefined> {
  return (await getTranslationStatus()).find((p) => p.kind === kind && p.id === id);
}
