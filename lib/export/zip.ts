import { createWriteStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** One archive entry: a file on disk, or bytes in memory. */
export type ZipEntry = { path: string; file: string } | { path: string; data: Uint8Array };

// A fixed time (2020-01-01 00:00 UTC) and mode, so the same files give the same archive bytes.
const MTIME = new Date(Date.UTC(2020, 0, 1));
const MODE = 0o100644;
// Already compressed: deflating them again costs time and saves nothing.
const STORED = /\.(?:png|jpe?g|gif|webp|avif|woff2?|zip|gz|br)$/i;

/**
 * Streams `entries`, in the order given, into a ZIP archive at `zipPath`, with yazl: each entry's data is read as a
 * stream when its turn comes (one file open at a time) and piped through deflate to the file, so memory holds the
 * entries' names and the central directory (about a hundred bytes an entry), never file data or the archive. ZIP64
 * records are written where needed (more than 65,534 entries, or past 4 GiB), so there is no entry-count limit. Names
 * in UTF-8. Resolves with the number of entries and the archive's bytes.
 *
 * yazl 3.3 looks for the next entry to write from the first one each time, so its time grows with the square of the
 * entries (docs/performance.md, "Offline", has the figures; an open pull request upstream makes it linear).
 */
export async function writeZip(
  entries: Iterable<ZipEntry>,
  zipPath: string,
): Promise<{ entries: number; bytes: number }> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(zipPath));
  let count = 0;
  for (const entry of entries) {
    const options = { mtime: MTIME, mode: MODE, compress: !STORED.test(entry.path) };
    if ('file' in entry) zip.addFile(entry.file, entry.path, options);
    else {
      const { data } = entry;
      zip.addReadStreamLazy(entry.path, { ...options, size: data.byteLength }, (cb) =>
        cb(null, Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)])),
      );
    }
    count++;
  }
  zip.end();
  await written;
  return { entries: count, bytes: statSync(zipPath).size };
}
