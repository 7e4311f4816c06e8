import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Write JSON text given in pieces, through a temporary file renamed into place: the index of 100k articles is longer
 * than one string may be, and a build stopped half-way must not leave half an index for the site to read.
 */
export function writeChunks(file: string, chunks: Iterable<string | Uint8Array>): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  // Text is gathered into strings, bytes (events straight from the build cache) kept as they are; written a MiB at once.
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
    const all = Buffer.concat(pending, size);
    for (let at = 0; at < all.length;) at += writeSync(fd, all, at, all.length - at);
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
