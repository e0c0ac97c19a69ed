// Serves dist/ on http://localhost:4321 the way a static host would, plus
// what `astro preview` cannot do: a miss under /zh-tw/ gets the Chinese 404
// page, and a directory URL without its trailing slash is redirected to it
// (the site's one URL style). Every response carries the security headers
// the build wrote to _headers (CSP, nosniff, referrer and permissions
// policies), as a host that reads that file would send them.
// Usage: node scripts/serve.ts [--port N] [--dir D]
import { createServer, type Server } from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/**
 * The headers a _headers file sets for every path (its `/*` block). Hosts
 * never serve the file itself, and neither does this server.
 * @example headersFor('dist')['x-content-type-options'] === 'nosniff'
 */
export function headersFor(root: string): Record<string, string> {
  const file = path.join(root, '_headers');
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
  if (!fs.existsSync(file)) return headers;
  let inAll = false;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

/** The file a URL path maps to, a redirect, or null for a miss. */
export function resolvePath(root: string, urlPath: string): { file: string } | { redirect: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = path.join(root, path.normalize(decoded));
  if (!full.startsWith(root) || path.basename(full) === '_headers') return null;
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (stat?.isFile()) return { file: full };
  if (stat?.isDirectory()) {
    if (!decoded.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(full, 'index.html');
    return fs.existsSync(index) ? { file: index } : null;
  }
  return null;
}

/** The 404 page for a missed path: the locale's own, else the root one. */
export function notFoundPage(root: string, urlPath: string): string {
  const locale = LOCALES.find((l) => urlPath === `/${l.path}` || urlPath.startsWith(`/${l.path}/`));
  const localized = locale && path.join(root, locale.path, '404', 'index.html');
  return localized && fs.existsSync(localized) ? localized : path.join(root, '404.html');
}

export function startServer(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const absRoot = path.resolve(root);
  const security = headersFor(absRoot);
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const hit = resolvePath(absRoot, url.pathname);
    if (hit && 'redirect' in hit) {
      res.writeHead(301, { location: hit.redirect + url.search });
      res.end();
      return;
    }
    const file = hit ? hit.file : notFoundPage(absRoot, url.pathname);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(hit ? 200 : 404, { 'content-type': type });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  // No server-side idle timeout on kept-alive connections: the client that
  // reuses a socket is then the only one that closes it. With Node's default
  // (5 s), a test process whose event loop was busy for longer let the
  // server's close and the client's next request on that socket fire
  // together, and the request failed with ECONNRESET. server.close() still
  // ends idle connections (Node >= 19).
  server.keepAliveTimeout = 0;
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg('port') ?? process.env.PORT ?? 4321);
  const dir = arg('dir') ?? 'dist';
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}/: run npm run build first.`);
    process.exit(1);
  }
  await startServer(dir, port, process.env.HOST ?? 'localhost');
  console.log(`Avocado Ledger: serving ${dir}/ on http://localhost:${port}/`);
}
