// The site as a host serves it: unknown paths get the 404 page in their
// language, one trailing-slash style everywhere, the security headers on
// every response. (Two builds being identical: fixture-site.test.ts.)
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useStrings } from '../../src/i18n/index.ts';
import { headersFor, startServer } from '../../scripts/serve.ts';
import { DIST, loadPages } from '../helpers/dist.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = await startServer(DIST, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

const get = (p: string) => fetch(base + p, { redirect: 'manual' });

describe('unknown paths', () => {
  it.each(LOCALES.map((l) => [l.path, l.code] as const))('under /%s/ get that language’s 404 page with status 404', async (prefix, code) => {
    for (const p of [`/${prefix}/no-such-page/`, `/${prefix}/claims/no-such-claim/`, `/${prefix}/x.png`]) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      const html = await r.text();
      expect(parse(html).querySelector('html')?.getAttribute('lang'), p).toBe(code);
      expect(html, p).toContain(useStrings(code).notFound.title);
    }
  });

  it('elsewhere get the root 404 page (English)', async () => {
    const r = await get('/no-such-section/');
    expect(r.status).toBe(404);
    const html = await r.text();
    expect(html).toBe(fs.readFileSync(path.join(DIST, '404.html'), 'utf8'));
    expect(parse(html).querySelector('h1')?.text.trim()).toBeTruthy();
    expect(html).toContain(useStrings('en').notFound.title);
  });

  it('include the _headers file itself, which a host never serves', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });
});

describe('one trailing-slash style', () => {
  it('every internal link ends in "/", a file extension or a #fragment after "/"', () => {
    const bad: string[] = [];
    for (const page of loadPages().values()) {
      for (const el of page.doc.querySelectorAll('a[href], link[href]')) {
        const href = el.getAttribute('href')!;
        if (/^([a-z]+:|\/\/)/i.test(href) || href.startsWith('#')) continue;
        const pathname = href.split(/[?#]/)[0]!;
        if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname)) bad.push(`${page.url} → ${href}`);
      }
      for (const el of page.doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]')) {
        const href = el.getAttribute('href')!;
        if (!new URL(href).pathname.endsWith('/')) bad.push(`${page.url} → ${href}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the server redirects a slash-less page URL to the slashed one, keeping the query', async () => {
    for (const { path: p } of LOCALES) {
      const r = await get(`/${p}/claims?x=1`);
      expect(r.status).toBe(301);
      expect(r.headers.get('location')).toBe(`/${p}/claims/?x=1`);
    }
  });
});

describe('security headers', () => {
  it('are sent on pages, misses and redirects, exactly as _headers sets them', async () => {
    const expected = headersFor(DIST);
    expect(expected['content-security-policy']).toMatch(/^default-src 'self'/);
    for (const p of ['/en/', '/zh-tw/no-such-page/', '/en/claims']) {
      const r = await get(p);
      for (const [name, value] of Object.entries(expected)) expect(r.headers.get(name), `${p} ${name}`).toBe(value);
    }
  });
});
