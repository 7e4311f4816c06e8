import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib, { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCompressedCache, createSiteServer } from './serve.mjs';

// The site sits one folder down, so a path that escapes it has a file to find: secret.txt.
const outer = mkdtempSync(path.join(os.tmpdir(), 'parallax-serve-test-'));
const root = path.join(outer, 'site');
const page = '<!DOCTYPE html><p>Kyiv — “quoted”</p>'.repeat(50);
const script = 'export const x = "hashed chunk";\n'.repeat(40);
const servers: Server[] = [];
let port = 0;
let newsPort = 0;

function write(relative: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  write('index.html', '<!DOCTYPE html><p>home</p>');
  write('events/x/index.html', page);
  write('events/x/index.txt', 'payload '.repeat(100));
  write('404.html', 'missing');
  write('a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  write('_next/static/chunks/app-1a2b.js', script);
  write('data/index.json', JSON.stringify({ events: ['x'] }));
  write('sw.js', 'self.addEventListener("fetch", () => {});\n');
  writeFileSync(path.join(outer, 'secret.txt'), 'secret');
  port = await listen(createSiteServer(root));
  newsPort = await listen(createSiteServer(root, '/news'));
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(outer, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Raw bytes and headers, without fetch's own decoding; the path is sent as written, `..` and all. */
function ask(
  url: string,
  headers: Record<string, string> = {},
  { method = 'GET', to = port } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: to, path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const get = (url: string, encoding: string) => ask(url, { 'accept-encoding': encoding });

describe('createSiteServer', () => {
  it('sends pages brotli- or gzip-compressed when the browser takes it, plain otherwise', async () => {
    const br = await get('/events/x/', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(page);
    const gz = await get('/events/x/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(page);
    const plain = await get('/events/x/', '');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(page);
    expect(plain.headers.vary).toBe('accept-encoding');
  });

  it('leaves images as they are, and answers unknown paths with 404.html', async () => {
    const png = await get('/a.png', 'br');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const missing = await get('/nowhere/', 'br');
    expect(missing.status).toBe(404);
  });

  it('gives compressed bodies their own length, Vary and ETag, and honours q=0', async () => {
    const br = await get('/events/x/', 'br');
    const plain = await get('/events/x/', 'identity');
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.headers.etag).toMatch(/^W\/".+-br"$/);
    expect(plain.headers.etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    expect((await get('/events/x/', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await get('/events/x/', 'br;q=0, gzip;q=0')).headers['content-encoding']).toBeUndefined();
  });

  it('answers If-None-Match with 304 and no body, for the file as it is and for each encoding', async () => {
    for (const encoding of ['', 'br', 'gzip']) {
      const first = await get('/events/x/', encoding);
      const tag = String(first.headers.etag);
      const again = await ask('/events/x/', { 'accept-encoding': encoding, 'if-none-match': tag });
      expect([encoding, again.status, again.body.length]).toEqual([encoding, 304, 0]);
      expect(again.headers.etag).toBe(tag);
      expect(again.headers['cache-control']).toBe('no-cache');
      const stale = await ask('/events/x/', { 'accept-encoding': encoding, 'if-none-match': 'W/"0-0"' });
      expect(stale.status).toBe(200);
    }
    // A tag of one encoding does not stand for another's bytes.
    const plainTag = String((await get('/events/x/', '')).headers.etag);
    const br = await ask('/events/x/', { 'accept-encoding': 'br', 'if-none-match': plainTag });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const encoding of ['', 'br']) {
      const got = await get('/events/x/', encoding);
      const head = await ask('/events/x/', { 'accept-encoding': encoding }, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-length']).toBe(String(got.body.length));
      expect(head.headers['content-encoding']).toBe(got.headers['content-encoding']);
      expect(head.headers.etag).toBe(got.headers.etag);
    }
    const missing = await ask('/nowhere/', {}, { method: 'HEAD' });
    expect([missing.status, missing.body.length]).toEqual([404, 0]);
  });

  it('answers a byte range with 206 from the file as it is, even when the browser takes brotli', async () => {
    const size = Buffer.byteLength(page);
    const part = await ask('/events/x/', { 'accept-encoding': 'br', range: 'bytes=0-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-9/${size}`);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.body).toEqual(Buffer.from(page).subarray(0, 10));
    const tail = await ask('/events/x/', { range: 'bytes=-5' });
    expect(tail.body).toEqual(Buffer.from(page).subarray(size - 5));
    const past = await ask('/events/x/', { range: `bytes=${size}-` });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${size}`);
  });

  it("keeps Next's hashed assets a year and has everything else revalidated", async () => {
    for (const encoding of ['', 'br']) {
      const chunk = await get('/_next/static/chunks/app-1a2b.js', encoding);
      expect(chunk.status).toBe(200);
      expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/events/x/', '/events/x/index.txt', '/data/index.json', '/sw.js', '/a.png']) {
      const answer = await get(url, 'br');
      expect([url, answer.status, answer.headers['cache-control']]).toEqual([url, 200, 'no-cache']);
      expect(answer.headers.etag).toBeTruthy();
    }
    expect((await get('/nowhere/', '')).headers['cache-control']).toBe('no-cache');
  });

  it('compresses a file once per version, however many ask for it at once', async () => {
    write('once.txt', 'first version '.repeat(100));
    const brotli = vi.spyOn(zlib, 'brotliCompress');
    const gzip = vi.spyOn(zlib, 'gzip');
    const [a, b] = await Promise.all([get('/once.txt', 'br'), get('/once.txt', 'br')]);
    const c = await get('/once.txt', 'br');
    await ask('/once.txt', { 'accept-encoding': 'br' }, { method: 'HEAD' });
    expect(brotli).toHaveBeenCalledTimes(1);
    expect(a.body).toEqual(b.body);
    expect(c.body).toEqual(a.body);
    await get('/once.txt', 'gzip');
    await get('/once.txt', 'gzip');
    expect(gzip).toHaveBeenCalledTimes(1);
    // A rebuild writes the file again: the next request gets the new text, compressed once more.
    write('once.txt', 'second version '.repeat(100));
    const d = await get('/once.txt', 'br');
    expect(brotliDecompressSync(d.body).toString('utf8')).toBe('second version '.repeat(100));
    expect(d.headers.etag).not.toBe(c.headers.etag);
    expect(brotli).toHaveBeenCalledTimes(2);
  });

  it('answers under a base path only', async () => {
    const news = (url: string) => ask(url, {}, { to: newsPort });
    expect((await news('/news/events/x/')).body.toString('utf8')).toBe(page);
    expect((await news('/news/')).body.toString('utf8')).toBe('<!DOCTYPE html><p>home</p>');
    expect((await news('/news')).status).toBe(200);
    const chunk = await news('/news/_next/static/chunks/app-1a2b.js');
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/events/x/', '/', '/newsroom/', '/news/nowhere/']) {
      const answer = await news(url);
      expect([url, answer.status, answer.body.toString('utf8')]).toEqual([url, 404, 'missing']);
    }
  });

  it('answers paths that escape the folder, and malformed escapes, with 404.html', async () => {
    for (const url of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/events/..%2f..%2f..%2fsecret.txt',
      '/events/x/%2e%2e%5c%2e%2e%5csecret.txt',
      '/%E0%A4%A/',
      '/events/%00/',
    ]) {
      const answer = await get(url, '');
      expect([url, answer.status, answer.body.toString('utf8')]).toEqual([url, 404, 'missing']);
    }
  });

  it('answers methods other than GET and HEAD with 405', async () => {
    const post = await ask('/events/x/', {}, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('createCompressedCache', () => {
  it('drops the least recently used bodies past its size, and compresses them again when asked', async () => {
    const files = ['one', 'two', 'six'].map((name) => {
      const file = path.join(outer, `${name}.txt`);
      writeFileSync(file, `${name} `.repeat(2000));
      return { file, stat: statSync(file) };
    });
    const brotli = vi.spyOn(zlib, 'brotliCompress');
    const [one, two, six] = files as [(typeof files)[0], (typeof files)[0], (typeof files)[0]];
    const sizeOfOne = (await createCompressedCache(1e9).get(one.file, one.stat, 'br')).length;
    // Room for two bodies of this size, not three.
    const cache = createCompressedCache(sizeOfOne * 2 + 1);
    await cache.get(one.file, one.stat, 'br');
    await cache.get(two.file, two.stat, 'br');
    await cache.get(one.file, one.stat, 'br'); // one is now the most recently used
    await cache.get(six.file, six.stat, 'br'); // so two goes (same-length names: bodies of one size)
    expect(brotli).toHaveBeenCalledTimes(4);
    await cache.get(one.file, one.stat, 'br');
    await cache.get(six.file, six.stat, 'br');
    expect(brotli).toHaveBeenCalledTimes(4);
    await cache.get(two.file, two.stat, 'br');
    expect(brotli).toHaveBeenCalledTimes(5);
  });
});
