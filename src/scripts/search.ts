/**
 * The search page's only script: loads this language's Pagefind index (its
 * shards, merged into one result list) and lists results as links with
 * excerpts, each labelled with what it is. UI strings arrive as data
 * attributes from the typed dictionaries.
 *
 * Nothing the reader does is lost: the form is there before this script,
 * so whatever is in the box when it starts is searched (the caret stays
 * where it is); `?q=` fills an empty box; every query is written back to
 * `?q=`, so the address can be shared and the language switch keeps it.
 * Each query also runs as its synonyms (src/lib/search-synonyms.ts).
 */
import { fmt } from '../lib/format.ts';
import { mergeResults, titleFirst } from '../lib/search-rank.ts';
import type { ResultMeta } from '../lib/search-meta.ts';
import { expandQuery, titleSays } from '../lib/search-synonyms.ts';
import type { Locale } from '../i18n/locales.ts';

interface PageData { url: string; excerpt: string; meta: Partial<ResultMeta> & { title?: string } }
interface PagefindResult { id: string; score: number; data(): Promise<PageData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
  mergeIndex(url: string): Promise<void>;
}
interface Labels {
  kinds: Record<ResultMeta['kind'], string>;
  verdicts: Record<NonNullable<ResultMeta['verdict']>, string>;
  statuses: Record<NonNullable<ResultMeta['status']>, string>;
  listSep: string;
  also: string;
}

const PAGE_SIZE = 20;
/** Typing pauses this long before a search runs: one search per pause, not per key. */
const DEBOUNCE_MS = 150;

function init(form: HTMLFormElement) {
  const text = form.dataset as Record<'loading' | 'none' | 'one' | 'other' | 'error' | 'bundle' | 'merge' | 'labels', string>;
  const labels = JSON.parse(text.labels) as Labels;
  const input = form.querySelector('input')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const lang = document.documentElement.lang as Locale;
  const plural = new Intl.PluralRules(lang);

  // Loading starts now; listeners below are attached before it ends, so a
  // query typed while Pagefind loads waits for it instead of being dropped.
  const ready: Promise<Pagefind | null> = (async () => {
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', new URL(text.bundle, location.href)).href)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await Promise.all(text.merge.split(' ').filter(Boolean).map((url) => pagefind.mergeIndex(new URL(url, location.href).href)));
    return pagefind;
  })().catch(() => null);

  let pending: PagefindResult[] = [];
  const showMore = async () => {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    list.append(...(await Promise.all(next.map((r) => r.data()))).map((d) => resultItem(d, labels)));
    more.hidden = pending.length === 0;
  };
  more.addEventListener('click', () => void showMore());

  let generation = 0;
  const run = async (debounce: boolean) => {
    const mine = ++generation;
    const q = input.value.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = text.loading;
    if (debounce) await new Promise((r) => setTimeout(r, DEBOUNCE_MS));
    const pagefind = await ready;
    if (mine !== generation) return; // a newer query took over
    if (!pagefind) {
      status.textContent = text.error;
      return;
    }
    const variants = expandQuery(q, lang);
    const merged = mergeResults((await Promise.all(variants.map((v) => pagefind.search(v)))).map((s) => s.results));
    // Titles are only known once a result's data is loaded: the first page's
    // results are loaded anyway, so those are the ones reordered.
    const first = await Promise.all(merged.slice(0, PAGE_SIZE).map(async (r) => ({ r, title: (await r.data()).meta.title ?? '' })));
    if (mine !== generation) return;
    list.replaceChildren();
    pending = [...titleFirst(first, (t) => titleSays(t, variants)).map((f) => f.r), ...merged.slice(PAGE_SIZE)];
    await showMore();
    if (mine !== generation) return;
    const n = merged.length;
    const template = n === 0 ? text.none : plural.select(n) === 'one' ? text.one : text.other;
    const others = variants.slice(1);
    status.textContent = fmt(template, { n: new Intl.NumberFormat(lang).format(n), q }) + (others.length ? fmt(labels.also, { words: others.join(labels.listSep) }) : '');
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(false);
  });
  input.addEventListener('input', () => void run(true));

  // What was typed before this script ran wins over ?q=; the box is only
  // written when it is empty, so the caret and focus stay where they are.
  const fromUrl = new URLSearchParams(location.search).get('q')?.trim();
  if (!input.value.trim() && fromUrl) input.value = fromUrl;
  if (input.value.trim()) void run(false);
}

/** One result: what it is (kind; a claim's verdict or status; a source's mark and name), its title as a link, its excerpt. */
function resultItem(page: PageData, labels: Labels): HTMLLIElement {
  const { kind, verdict, status, name, glyph, color } = page.meta;
  const li = document.createElement('li');
  const about = document.createElement('p');
  about.className = 'result-kind';
  const span = (className: string, content: string) => {
    const s = document.createElement('span');
    s.className = className;
    s.textContent = content;
    return s;
  };
  if (kind && labels.kinds[kind]) about.append(span('kind', labels.kinds[kind]));
  if (kind === 'claim' && verdict && labels.verdicts[verdict]) about.append(span(`badge verdict-${verdict}`, labels.verdicts[verdict]));
  else if (kind === 'claim' && status && labels.statuses[status]) about.append(span(`badge status-${status}`, labels.statuses[status]));
  if (kind === 'source' && name) {
    const who = span('result-name', '');
    if (glyph) {
      const mark = span(`result-mark mark-${color ?? 'none'}`, glyph);
      mark.setAttribute('aria-hidden', 'true');
      who.append(mark);
    }
    who.append(name);
    about.append(who);
  }
  const a = document.createElement('a');
  a.href = page.url;
  a.textContent = page.meta.title ?? page.url;
  const p = document.createElement('p');
  p.className = 'excerpt';
  // Pagefind escapes the page text and adds only <mark> around the matches.
  p.innerHTML = page.excerpt;
  if (about.childElementCount > 0) li.append(about);
  li.append(a, p);
  return li;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) init(form);
