import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { samplesDir, sharedDir } from './paths';

/**
 * A static server on 127.0.0.1 with an ephemeral port (the e2e build may read
 * http://127.0.0.1/* without a toolbar click).
 *
 *   /fixtures/…  → ../shared/fixtures      /corpus/… → ../shared/corpus
 *   /samples/…   → samples/                 /pages/…  → the small pages below
 *
 * Saved pages are served with a CSP that forbids scripts and any request off
 * this server: the saved sites' own scripts cannot run (their errors would be
 * noise) and nothing waits on hosts that this machine cannot reach. Extensions
 * are not bound by a page's CSP, so the content script and its styles still run.
 */
export interface StaticServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

const ROOTS: Record<string, string> = {
  fixtures: path.join(sharedDir, 'fixtures'),
  corpus: path.join(sharedDir, 'corpus'),
  samples: samplesDir,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

const CSP = "default-src 'self' data: blob:; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Pages of our own: always present, even without ../shared. */
export const PAGES: Record<string, string> = {
  'blank.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>',
  // A plain navigation page: links and a heading, no article.
  'nav.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site index</title></head><body>
<header><h1>Example News</h1><nav><ul>
<li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Business</a></li>
<li><a href="/d">Sport</a></li><li><a href="/e">Weather</a></li><li><a href="/f">Contact</a></li>
</ul></nav></header>
<main><ul><li><a href="/g">Login</a></li><li><a href="/h">Subscribe</a></li><li><a href="/i">Help</a></li></ul></main>
<footer><a href="/j">Privacy</a> · <a href="/k">Terms</a></footer></body></html>`,
};

export async function startServer(): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const [, top = '', ...rest] = pathname.split('/');
    if (top === 'pages' && rest.length === 1 && PAGES[rest[0]!] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': CSP, 'cache-control': 'no-store' });
      res.end(PAGES[rest[0]!]);
      return;
    }
    const root = ROOTS[top];
    if (!root) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const file = path.resolve(root, rest.join('/'));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => origin + (pathname.startsWith('/') ? pathname : `/${pathname}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
