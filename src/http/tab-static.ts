import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Request, Response } from 'restify';
import { TAB_HEADERS } from './tab-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * GET /tab and /tab/*: the built desk from `dir` (dist/tab). A path with a file extension is a file, and 404 when
 * it is not there; any other path is a page of the single-page app (/tab/concerns/SM-2026-0042) and gets
 * index.html, so a deep link or a reload lands on the right page. Nothing outside `dir` is ever read.
 */
export function tabHandler(dir: string) {
  const root = resolve(dir);
  return async (req: Request, res: Response): Promise<void> => {
    const pathname = decodeSafely(new URL(req.url ?? '/', 'http://x').pathname);
    const rest = pathname === null ? null : pathname.replace(/^\/tab\/?/, '');
    if (rest === null || rest.includes('\0') || rest.split('/').some((s) => s === '..')) {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad path');
    }
    const asFile = extname(rest) !== '';
    const file = asFile ? resolve(join(root, rest)) : join(root, 'index.html');
    if (file !== root && !file.startsWith(root + sep)) return send(res, 400, 'text/plain; charset=utf-8', 'Bad path');
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) {
      if (!asFile) {
        return send(
          res,
          503,
          'text/plain; charset=utf-8',
          'The safeguarding desk has not been built on this server: "npm start" builds it before starting.',
        );
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    for (const [k, v] of Object.entries(TAB_HEADERS)) res.header(k, v);
    // Revalidate every time: a new version must reach every school at once.
    res.header('Cache-Control', 'no-cache');
    res.header('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.header('Content-Length', String(found.size));
    res.writeHead(200);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((done) => {
      const stream = createReadStream(file);
      stream.on('error', () => {
        res.destroy();
        done();
      });
      stream.on('end', done);
      stream.pipe(res);
    });
  };
}

function decodeSafely(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function send(res: Response, status: number, type: string, body: string): void {
  for (const [k, v] of Object.entries(TAB_HEADERS)) res.header(k, v);
  res.header('Content-Type', type);
  res.header('Cache-Control', 'no-store');
  res.writeHead(status);
  res.end(body);
}
