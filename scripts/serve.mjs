#!/usr/bin/env node
// The static server for the exported site: `node scripts/serve.mjs [DIR] [--port N] [--base /path]`.
// It answers as a static host does, so what the browser tests and Lighthouse measure is what a reader gets:
// - `send` (the file server under Express's static middleware) answers for files as they are on disk: ETag and
//   Last-Modified, 304 on If-None-Match or If-Modified-Since, HEAD, a single byte range (If-Range, 416).
// - Text goes brotli- (else gzip-) compressed to browsers that take it, compressed once per file version (path,
//   size, mtime) and kept in a bounded in-memory cache, never written as .br/.gz files into the export. A request
//   with a Range gets the file as it is, as hosts answer, since a byte range of a compressed body means nothing.
// - Cache-Control: Next's hashed assets (/_next/static/…) are kept a year; everything else, whose name stays the same
//   across builds (pages, .txt payloads, /data/ files, sw.js), is revalidated on each use, which the ETag makes a 304.
// Browser tests import createSiteServer and listen on a free port, so parallel workers never share one.
import { createServer } from 'node:http';
import { readFile, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import send from 'send';
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

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.csv', '.svg', '.webmanifest']);
/** Next names these by content hash (or build id), so a changed file is a new URL and the old one never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Stored, but checked with the server before each use: a 304 when the ETag still matches. */
const REVALIDATE = 'no-cache';
/** Compressed bodies kept, least recently used dropped first: the 31-outlet event page is about 50 KB as brotli. */
const COMPRESSED_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * Paid once per file version, so more than a host spends on the fly (4 to 5), but not 11: on the seed event page
 * (259 KB) 10 gives 19.4 KB in 57 ms, 11 gives 18.8 KB in 241 ms, and a cold server's first page load waits for it.
 */
const BROTLI_QUALITY = 10;

/**
 * An http.Server for the folder `root`, answering under `base` ('' or '/news'). Folders answer with their
 * index.html; anything else, including a path outside root or a malformed escape, gets 404.html with status 404.
 */
export function createSiteServer(root, base = '') {
  const dir = path.resolve(root);
  const prefix = base.replace(/\/$/, '');
  const compressed = createCompressedCache(COMPRESSED_CACHE_BYTES);

  /** The file a URL path names, or null. Decoding and the root check happen here, before any library sees it. */
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
        const stat = statSync(candidate);
        if (stat.isFile()) return { file: candidate, stat };
      } catch {
        // try the next form
      }
    }
    return null;
  }

  /** 404.html with status 404, compressed like any page; never a 304 or a range. */
  function notFound(req, res) {
    const file = path.join(dir, '404.html');
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': REVALIDATE });
      res.end(req.method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    const encoding = pickEncoding(req, '.html', stat);
    compressed
      .get(file, stat, encoding ?? 'identity')
      .then((body) => {
        const headers = {
          'content-type': types['.html'],
          'content-length': body.length,
          'cache-control': REVALIDATE,
          vary: 'accept-encoding',
        };
        if (encoding) headers['content-encoding'] = encoding;
        res.writeHead(404, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(() => fail(res, 404));
  }

  /** A compressed body from the cache, with its own ETag; answering a 304 needs no compression. */
  function sendCompressed(req, res, { file, stat }, encoding, cacheControl) {
    // What a 304 repeats; send's identity ETag is W/"size-mtime", this one names the encoding too.
    const unchanged = {
      'cache-control': cacheControl,
      vary: 'accept-encoding',
      etag: `W/"${stat.size.toString(16)}-${stat.mtime.getTime().toString(16)}-${encoding}"`,
      'last-modified': stat.mtime.toUTCString(),
    };
    if (fresh(req.headers, unchanged)) {
      res.writeHead(304, unchanged);
      res.end();
      return;
    }
    compressed
      .get(file, stat, encoding)
      .then((body) => {
        res.writeHead(200, {
          ...unchanged,
          'content-type': types[path.extname(file)],
          'content-encoding': encoding,
          'content-length': body.length,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(() => (res.headersSent ? res.destroy() : notFound(req, res)));
  }

  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    const found = resolveFile(req.url ?? '/');
    if (!found) {
      notFound(req, res);
      return;
    }
    const relative = path.relative(dir, found.file).split(path.sep);
    const cacheControl = relative[0] === '_next' && relative[1] === 'static' ? IMMUTABLE : REVALIDATE;
    const ext = path.extname(found.file);
    const encoding = req.headers.range ? null : pickEncoding(req, ext, found.stat);
    if (encoding) {
      sendCompressed(req, res, found, encoding, cacheControl);
      return;
    }
    res.setHeader('cache-control', cacheControl);
    if (types[ext]) res.setHeader('content-type', types[ext]);
    if (COMPRESSIBLE.has(ext)) res.setHeader('vary', 'accept-encoding');
    // The path is resolved and checked above; send gets it relative to root, escaped, and checks it again.
    send(req, '/' + relative.map(encodeURIComponent).join('/'), {
      root: dir,
      index: false,
      dotfiles: 'allow',
      cacheControl: false,
    })
      .on('error', (err) => {
        if (err.status === 404) notFound(req, res);
        else fail(res, err.status ?? 500, err.headers);
      })
      .pipe(res);
  });
}

/** 'br', else 'gzip', when the file is text and the request takes it (q=0 refuses); null for the file as it is. */
function pickEncoding(req, ext, stat) {
  if (!COMPRESSIBLE.has(ext) || stat.size === 0) return null;
  const best = new Negotiator(req).encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip'] });
  return best === 'br' || best === 'gzip' ? best : null;
}

function fail(res, status, headers = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
  res.end(String(status));
}

/**
 * Compressed bodies by file and encoding, each for the version of the file (size, mtime) it was made from, so a
 * rebuilt file is compressed again and an unchanged one never is. Past `maxBytes` the least recently used go first.
 * Requests that arrive while a body is being compressed wait for the same one.
 */
export function createCompressedCache(maxBytes) {
  const entries = new Map();
  let total = 0;
  function drop(key) {
    const entry = entries.get(key);
    if (!entry) return;
    total -= entry.bytes;
    entries.delete(key);
  }
  return {
    /** @returns {Promise<Buffer>} */
    get(file, stat, encoding) {
      const key = `${encoding}\0${file}`;
      const version = `${stat.size}-${stat.mtimeMs}`;
      const hit = entries.get(key);
      if (hit && hit.version === version) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.body;
      }
      drop(key);
      const entry = { version, bytes: 0, body: readAndCompress(file, stat.size, encoding) };
      entries.set(key, entry);
      entry.body.then(
        (body) => {
          if (entries.get(key) !== entry) return;
          entry.bytes = body.length;
          total += body.length;
          for (const oldest of entries.keys()) {
            if (total <= maxBytes || oldest === key) break;
            drop(oldest);
          }
        },
        () => {
          if (entries.get(key) === entry) drop(key);
        },
      );
      return entry.body;
    },
  };
}

function readAndCompress(file, size, encoding) {
  return new Promise((resolve, reject) => {
    readFile(file, (err, raw) => {
      if (err) return reject(err);
      // Written to while we read: the stat no longer describes these bytes, so keep nothing made from them.
      if (raw.length !== size) return reject(new Error(`${file} changed while read`));
      const done = (error, body) => (error ? reject(error) : resolve(body));
      // zlib.brotliCompress, not a copy taken at load, so a test can count the compressions.
      if (encoding === 'br') {
        zlib.brotliCompress(
          raw,
          {
            params: {
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
              [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          },
          done,
        );
      } else if (encoding === 'gzip') zlib.gzip(raw, { level: 9 }, done);
      else resolve(raw);
    });
  });
}

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
