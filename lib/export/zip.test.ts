import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { writeZip } from './zip';

const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry of the archive, read back with yauzl (which checks each entry's CRC and sizes as it reads). */
function unzip(zipPath: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, string>();
    yauzl.open(zipPath, { lazyEntries: true, strictFileNames: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const parts: Buffer[] = [];
          stream.on('data', (c: Buffer) => parts.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(parts).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe('writeZip', () => {
  it('round-trips files on disk and bytes with UTF-8 names, deflating text', async () => {
    const long = 'Lutsk '.repeat(2000);
    writeFileSync(path.join(dir, 'page.html'), long);
    const zipPath = path.join(dir, 'small.zip');
    const written = await writeZip(
      [
        { path: 'parallax/index.html', file: path.join(dir, 'page.html') },
        { path: 'parallax/events/é/x.txt', data: new TextEncoder().encode('ab') },
        { path: 'parallax/empty', data: new Uint8Array() },
      ],
      zipPath,
    );
    expect(written.entries).toBe(3);
    expect([...(await unzip(zipPath))]).toEqual([
      ['parallax/index.html', long],
      ['parallax/events/é/x.txt', 'ab'],
      ['parallax/empty', ''],
    ]);
    expect(written.bytes).toBeLessThan(long.length / 10);
  });

  it('gives the same bytes for the same files', async () => {
    const entries = [{ path: 'a', data: new TextEncoder().encode('x') }];
    await writeZip(entries, path.join(dir, 'a.zip'));
    await new Promise((r) => setTimeout(r, 1100));
    await writeZip(entries, path.join(dir, 'b.zip'));
    expect(readFileSync(path.join(dir, 'a.zip')).equals(readFileSync(path.join(dir, 'b.zip')))).toBe(true);
  });

  it('holds more than 65,535 entries (ZIP64), every one readable', async () => {
    const n = 70_000;
    const zipPath = path.join(dir, 'many.zip');
    const entries = function* () {
      for (let i = 0; i < n; i++) yield { path: `e/${i}.txt`, data: new TextEncoder().encode(String(i)) };
    };
    expect((await writeZip(entries(), zipPath)).entries).toBe(n);
    const bytes = readFileSync(zipPath);
    // The ZIP64 end of central directory record, which plain ZIP's 16-bit entry count cannot do without.
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const read = await unzip(zipPath);
    expect(read.size).toBe(n);
    expect(read.get('e/0.txt')).toBe('0');
    expect(read.get('e/65535.txt')).toBe('65535');
    expect(read.get(`e/${n - 1}.txt`)).toBe(String(n - 1));
  }, 240_000);
});
