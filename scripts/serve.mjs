#!/usr/bin/env node
// A tiny static server for the exported site: `node scripts/serve.mjs [DIR] [--port N] [--base /path]`.
// No dependency: the export is plain files, and the README's first command must work on a fresh machine.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = path.resolve(
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'out',
);
const port = Number(flag('--port', process.env.PORT ?? '3000'));
const base = flag('--base', process.env.PARALLAX_BASE_PATH ?? '').replace(/\/$/, '');

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

function resolveFile(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  if (base) {
    if (p !== base && !p.startsWith(base + '/')) return null;
    p = p.slice(base.length) || '/';
  }
  const full = path.join(root, path.normalize(p));
  if (!full.startsWith(root)) return null;
  for (const candidate of [full, path.join(full, 'index.html'), full + '.html']) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}

const server = createServer((req, res) => {
  const file = resolveFile(req.url ?? '/');
  if (!file) {
    const notFound = path.join(root, '404.html');
    res.writeHead(404, { 'content-type': types['.html'] });
    try {
      createReadStream(notFound).pipe(res);
    } catch {
      res.end('Not found');
    }
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `Parallax is served from ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}${base}/`,
  );
});
