/**
 * Open Graph and Twitter card meta for a page. Every page gets a card image
 * with its size; the locale and its alternates come from the registry.
 */
import { localeInfo, otherLocales, useStrings, type Locale } from '../i18n/index.ts';
import { OG_HEIGHT, OG_WIDTH } from './og/card.ts';

export interface MetaTag {
  /** Open Graph uses `property`, Twitter `name`. */
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export interface SocialInput {
  locale: Locale;
  /** The page's path; null for a page without a URL of its own (the 404 page): no og:url. */
  url: string | null;
  /** Path of the card image and what it shows (see cardImage). */
  image: string;
  imageAlt: string;
  title: string;
  description: string;
  siteUrl: URL | string;
  /** Articles carry their dates as article:* properties. */
  article?: { published: string; updated: string };
}

/**
 * @example socialMeta({ locale: 'zh-TW', url: '/zh-tw/', image: '/og/zh-tw.png', imageAlt: 'A', title: 'T', description: 'D', siteUrl: 'https://e.x' })
 *   .find((m) => m.key === 'og:locale')?.content === 'zh_TW'
 */
export function socialMeta({ locale, url, image, imageAlt, title, description, siteUrl, article }: SocialInput): MetaTag[] {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  return [
    og('og:site_name', useStrings(locale).site.name),
    og('og:type', article ? 'article' : 'website'),
    og('og:title', title),
    og('og:description', description),
    og('og:locale', localeInfo(locale).ogLocale),
    ...otherLocales(locale).map((l) => og('og:locale:alternate', localeInfo(l).ogLocale)),
    ...(url ? [og('og:url', abs(url))] : []),
    og('og:image', abs(image)),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(OG_WIDTH)),
    og('og:image:height', String(OG_HEIGHT)),
    og('og:image:alt', imageAlt),
    ...(article ? [og('article:published_time', article.published), og('article:modified_time', article.updated)] : []),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', title),
    tw('twitter:description', description),
  ];
}
