/**
 * The words and link of the notice at the top of a version that has fallen
 * behind its counterpart, in the page's own language. Pure, so both
 * languages' sentences are unit-tested; TranslationNotice.astro renders it.
 */
import { useStrings } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { fmt, formatDate } from './format.ts';
import { noticeFor, type PairKind, type PairState } from './translation-status.ts';
import { localizedUrl } from './urls.ts';

export interface NoticeView {
  text: string;
  linkText: string;
  href: string;
  hreflang: Locale;
  /** The counterpart's revision date, YYYY-MM-DD. */
  date: string;
}

/**
 * @example noticeView(behindState, 'zh-TW', 'article', 'x')?.text === '英文版已於 2026 年 12 月 5 日修訂，這個版本可能尚未反映這次修訂。'
 */
export function noticeView(status: PairState | undefined, locale: Locale, kind: PairKind, id: string): NoticeView | null {
  const notice = noticeFor(status, locale);
  if (!notice) return null;
  const t = useStrings(locale).translation;
  const language = t.language[notice.ahead];
  return {
    text: fmt(t.notice, { language, date: formatDate(notice.revised.date, locale) }),
    linkText: fmt(t.read, { language }),
    href: localizedUrl(notice.ahead, { kind, id }),
    hreflang: notice.ahead,
    date: notice.revised.date,
  };
}
