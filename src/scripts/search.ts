/**
 * The search page's only script: loads this language's Pagefind index
 * (its shards, merged into one result list) and lists results as links with
 * excerpts. UI strings arrive as data attributes from the typed dictionaries.
 * Without JavaScript the form stays hidden and the page's plain lists remain.
 */
import { fmt } from '../lib/format.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(url: string): Promise<void>;
}

const PAGE_SIZE = 20;

async function init(form: HTMLFormElement) {
  const text = form.dataset as Record<'loading' | 'none' | 'one' | 'other' | 'error' | 'bundle' | 'merge', string>;
  const input = form.querySelector('input')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let pending: PagefindResult[] = [];
  const showMore = async () => {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    list.append(...(await Promise.all(next.map((r) => r.data()))).map(resultItem));
    more.hidden = pending.length === 0;
  };
  more.addEventListener('click', () => void showMore());
  const lang = document.documentElement.lang;
  form.hidden = false;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', new URL(text.bundle, location.href)).href)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    const base = (url: string) => new URL(url, location.href).href;
    await Promise.all(text.merge.split(' ').filter(Boolean).map((url) => pagefind.mergeIndex(base(url))));
  } catch {
    status.textContent = text.error;
    return;
  }
  const plural = new Intl.PluralRules(lang);
  const run = async () => {
    const q = input.value.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = text.loading;
    const search = await pagefind.debouncedSearch(q, {}, 200);
    if (!search) return; // a newer query took over
    list.replaceChildren();
    pending = search.results;
    await showMore();
    const n = search.results.length;
    const template = n === 0 ? text.none : plural.select(n) === 'one' ? text.one : text.other;
    status.textContent = fmt(template, { n: new Intl.NumberFormat(lang).format(n), q });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

function resultItem(page: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = page.url;
  a.textContent = page.meta.title ?? page.url;
  const p = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around the matches.
  p.innerHTML = page.excerpt;
  li.append(a, p);
  return li;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) void init(form);
