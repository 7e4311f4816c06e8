import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { crc32, zipFiles } from './zip';

/** A minimal reader: walk the central directory, inflate each entry, check its CRC. */
function unzip(archive: Uint8Array): Map<string, string> {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(archive.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true);
    const body = archive.subarray(start, start + size);
    const data = method === 8 ? new Uint8Array(inflateRawSync(body)) : body;
    expect(crc32(data)).toBe(crc);
    out.set(name, new TextDecoder().decode(data));
    at += 46 + nameLength;
  }
  return out;
}

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('hello'))).toBe(0x3610a686);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('zipFiles', () => {
  it('round-trips stored and deflated entries with UTF-8 names', () => {
    const long = 'Lutsk '.repeat(200);
    const archive = zipFiles([
      { path: 'index.html', data: new TextEncoder().encode(long) },
      { path: 'events/é/x.txt', data: new TextEncoder().encode('ab') },
      { path: 'empty', data: new Uint8Array() },
    ]);
    expect([...unzip(archive)]).toEqual([
      ['index.html', long],
      ['events/é/x.txt', 'ab'],
      ['empty', ''],
    ]);
    expect(archive.length).toBeLessThan(long.length);
  });
  it('gives the same bytes for the same files', () => {
    const entries = [{ path: 'a', data: new TextEncoder().encode('x') }];
    expect(Buffer.from(zipFiles(entries)).equals(Buffer.from(zipFiles(entries)))).toBe(true);
  });
});
