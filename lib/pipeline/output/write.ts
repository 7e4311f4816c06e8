import { closeSync, mkdirSync, openSync, renameSync, writevSync } from 'node:fs';
import path from 'node:path';

/**
 * Write JSON text given in pieces, through a temporary file renamed into place: the index of 100k articles is longer
 * than one string may be, and a build stopped half-way must not leave half an index for the site to read.
 */
export function writeChunks(file: string, chunks: Iterable<string | Uint8Array>): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  // Text is gathered into strings, bytes (events straight from the build cache) kept as they are; written a MiB at once,
  // in one writev rather than copied into one buffer first (at 10k articles the index is 380 MB).
  const pending: Uint8Array[] = [];
  let size = 0;
  let text = '';
  const endText = () => {
    if (text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    pending.push(bytes);
    size += bytes.length;
    text = '';
  };
  const flush = () => {
    endText();
    writeAll(fd, pending);
    pending.length = 0;
    size = 0;
  };
  try {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') {
        text += chunk;
        if (text.length >= 1 << 16) endText();
      } else {
        endText();
        pending.push(chunk);
        size += chunk.length;
      }
      if (size >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Buffers a writev takes at most (IOV_MAX on Linux). */
const MAX_BUFFERS = 1024;

/** Write `buffers` in order at the file's position, a group of MAX_BUFFERS a call, finishing a short write. */
export function writeAll(fd: number, buffers: readonly Uint8Array[]): void {
  for (let i = 0; i < buffers.length;) {
    const group = buffers.slice(i, i + MAX_BUFFERS);
    i += group.length;
    while (group.length > 0) {
      let n = writevSync(fd, group);
      while (group.length > 0 && n >= group[0]!.length) {
        n -= group[0]!.length;
        group.shift();
      }
      if (n > 0) group[0] = group[0]!.subarray(n);
    }
  }
}
