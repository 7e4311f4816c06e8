import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from './serve.mjs';

const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-serve-test-'));
const page = '<!DOCTYPE html><p>Kyiv — “quoted”</p>'.repeat(50);
const server = createSiteServer(root);
let port = 0;

beforeAll(async () => {
  mkdirSync(path.join(root, 'events', 'x'), { recursive: true });
  writeFileSync(path.join(root, 'events', 'x', 'index.html'), page);
  writeFileSync(path.join(root, '404.html'), 'missing');
  writeFileSync(path.join(root, 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Raw bytes and headers, without fetch's own decoding. */
function get(
  url: string,
  encoding: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': encoding } }, (res) => {
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
});
