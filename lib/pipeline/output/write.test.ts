import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAll, writeChunks } from './write';

const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-write-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeChunks', () => {
  it('writes the chunks joined, text as UTF-8 and bytes as they are, over many flushes and small buffers', () => {
    const chunks: (string | Uint8Array)[] = [];
    // Thousands of small byte chunks between text (more buffers than one writev takes), then large ones.
    for (let k = 0; k < 3000; k++) chunks.push(k % 2 ? ',' : 'é', Buffer.from(`{"k":${k}}`));
    for (let k = 0; k < 5; k++) chunks.push('“', Buffer.alloc(700_000, 0x61 + k), Buffer.alloc(0));
    const file = path.join(root, 'index.json');
    writeChunks(file, chunks);
    const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
    expect(readFileSync(file).equals(expected)).toBe(true);
  });
});

describe('writeAll', () => {
  it('writes more buffers than one writev takes, in order, empty ones included', () => {
    const buffers = Array.from({ length: 2500 }, (_, k) => Buffer.from(k % 7 === 0 ? '' : String(k)));
    const file = path.join(root, 'all.bin');
    const fd = openSync(file, 'w');
    writeAll(fd, buffers);
    writeAll(fd, [Buffer.from('end')]);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(buffers.join('') + 'end');
  });
});
