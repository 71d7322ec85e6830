// A static server on 127.0.0.1 for the test fixtures (pages we wrote ourselves), on a random port.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures');
/** The evaluation's pages (tests/eval/pages), served under /eval/ so the browser tests read the same pages. */
export const EVAL_PAGES_DIR = resolve(import.meta.dirname, '..', 'eval', 'pages');
const EVAL_PREFIX = '/eval/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface FixtureServer {
  url(path: string): string;
  /** Content-Security-Policy violation reports the browser sent for csp.html pages (their bodies), but the icon's. */
  cspReports: string[];
  close(): Promise<void>;
}

/**
 * Pages named csp.html are served with the strictest Content-Security-Policy a site can send, and ask the browser
 * to report violations back, as many sites do: a refusal of anything Glosa tries would tell the site it is there.
 */
const CSP_HEADER = "default-src 'none'; report-uri /csp-report";
const REPORT_PATH = '/csp-report';

/** Serves FIXTURES_DIR (and EVAL_PAGES_DIR under /eval/); `routes` may add generated pages (path → html). */
export async function serveFixtures(routes: Record<string, string> = {}): Promise<FixtureServer> {
  const cspReports: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const csp: Record<string, string> = path.endsWith('csp.html')
      ? { 'content-security-policy': CSP_HEADER }
      : {};
    if (path === REPORT_PATH) {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        // A browser's own request for the site's icon is refused and reported too (Firefox): not a page's doing.
        if (!body.includes('/favicon.ico')) cspReports.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    const generated = routes[path];
    if (generated !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']!, ...csp });
      response.end(generated);
      return;
    }
    const root = path.startsWith(EVAL_PREFIX) ? EVAL_PAGES_DIR : FIXTURES_DIR;
    const file = normalize(join(root, path.startsWith(EVAL_PREFIX) ? path.slice(EVAL_PREFIX.length) : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...csp,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    cspReports,
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * A long document (a report, a court opinion) of at least `visibleChars` characters of text, spaces aside: the
 * fixture article's paragraphs over and over, each followed by a term-free one.
 */
export function longDocument(visibleChars: number): string {
  const article = readFileSync(join(FIXTURES_DIR, 'remain-in-mexico-en.html'), 'utf8');
  const paragraphs = [...article.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
  const filler = 'The council discussed parks, libraries, buses and the budget for road repairs. '.repeat(4);
  const parts: string[] = [];
  let seen = 0;
  for (let i = 0; seen < visibleChars; i++) {
    const text = i % 2 === 0 ? paragraphs[(i / 2) % paragraphs.length]! : filler;
    parts.push(`<p>${text}</p>`);
    seen += text.replace(/<[^>]+>/g, '').replace(/\s+/g, '').length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long report</title></head><body><article>${parts.join('\n')}</article></body></html>`;
}
