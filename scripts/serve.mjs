#!/usr/bin/env node
// A tiny static server for the exported site: `node scripts/serve.mjs [DIR] [--port N] [--base /path]`.
// No dependency: the export is plain files, and the README's first command must work on a fresh machine.
// Browser tests import createSiteServer and listen on a free port, so parallel workers never share one.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib, { createBrotliCompress, createGzip } from 'node:zlib';
import { basePath } from '../lib/site/base-path.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/**
 * An http.Server for the folder `root`, answering under `base` ('' or '/news'). Folders answer with their
 * index.html; anything else, including a path outside root or a malformed escape, gets 404.html with status 404.
 */
export function createSiteServer(root, base = '') {
  const dir = path.resolve(root);
  const prefix = base.replace(/\/$/, '');
  function resolveFile(urlPath) {
    let p;
    try {
      p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
    } catch {
      return null;
    }
    if (prefix) {
      if (p !== prefix && !p.startsWith(prefix + '/')) return null;
      p = p.slice(prefix.length) || '/';
    }
    const full = path.join(dir, path.normalize(p));
    if (full !== dir && !full.startsWith(dir + path.sep)) return null;
    for (const candidate of [full, path.join(full, 'index.html'), full + '.html']) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // try the next form
      }
    }
    return null;
  }
  return createServer((req, res) => {
    const file = resolveFile(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html'] });
      createReadStream(path.join(dir, '404.html'))
        .on('error', () => res.end('Not found'))
        .pipe(res);
      return;
    }
    const ext = path.extname(file);
    const headers = { 'content-type': types[ext] ?? 'application/octet-stream' };
    // Text is sent compressed when the browser takes it, as any static host does: brotli, else gzip.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext)
      ? null
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : null;
    if (COMPRESSIBLE.has(ext)) headers.vary = 'accept-encoding';
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    const stream = createReadStream(file);
    if (encoding === 'br') {
      stream.pipe(createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })).pipe(res);
    } else if (encoding === 'gzip') {
      stream.pipe(createGzip()).pipe(res);
    } else {
      stream.pipe(res);
    }
  });
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.csv', '.svg', '.webmanifest']);

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const root = path.resolve(
    args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'out',
  );
  const port = Number(flag('--port', process.env.PORT ?? '3000'));
  const base = basePath({ PARALLAX_BASE_PATH: flag('--base', basePath()) });
  createSiteServer(root, base).listen(port, '127.0.0.1', () => {
    console.log(
      `Parallax is served from ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}${base}/`,
    );
  });
}
