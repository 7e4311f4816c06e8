import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildCache, BytesMap, TextMap } from './memory';

/**
 * The build cache on disk, so that `npm run corpus -- build` after a small change re-does only what changed: a folder
 * per corpus holding a folder per code version (`codeVersion`), with one append-only log per kind of entry
 * (`events.log`, `articles.log`: lines `<key> <text>`; `parsed.log`, whose entries are bytes: `<key> <length> <bytes>`
 * and a newline). Entries are written as the build makes them and read back one at a time, so a build of 100k articles
 * never holds the cache in memory.
 *
 * Keys are content hashes and the folder is named by a hash of the code that made the entries, so an entry is never
 * used for other input or by other code. Lines that cannot be read (a build stopped half-way leaves at most one, at the
 * end) are skipped. When the entries the last build did not use outweigh those it did, the log is rewritten without
 * them (through a new file renamed over the old one). Other versions' folders are removed when the cache is opened; a
 * lock file keeps a second build from writing the same cache at the same time (it builds without one instead).
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The modules a build's cache entries come from: the build, its worker, and this file, which keeps them. */
export const BUILD_MODULES = [
  'lib/pipeline/run.ts',
  'lib/pipeline/workers/worker.ts',
  'lib/pipeline/cache/disk.ts',
];

/**
 * A hash of everything that decides what a build makes: the source of every module the build imports (followed from
 * `entries`, by default BUILD_MODULES, through relative imports, JSON data such as data/outlets.json included), the
 * versions of the packages they import, and Node's and ICU's versions (sentence splitting uses Intl.Segmenter).
 */
export function codeVersion(entries: readonly string[] = BUILD_MODULES): string {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.ts')) return;
    const text = readFileSync(file, 'utf8');
    const re = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const base = spec.startsWith('@/')
          ? path.join(ROOT, spec.slice(2))
          : path.resolve(path.dirname(file), spec);
        const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
          (f) => path.extname(f) !== '' && existsSync(f),
        );
        if (found) visit(found);
      } else if (!spec.startsWith('node:')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  };
  for (const entry of entries) visit(path.join(ROOT, entry));
  const h = createHash('sha1');
  for (const file of [...seen].sort()) {
    h.update(path.relative(ROOT, file)).update('\u0000');
    h.update(readFileSync(file)).update('\u0000');
  }
  for (const name of [...packages].sort()) {
    let version = 'missing';
    try {
      const manifest = readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
      version = (JSON.parse(manifest) as { version: string }).version;
    } catch {
      // A package that cannot be found still counts: as "missing" until it is installed.
    }
    h.update(`${name}@${version}\u0000`);
  }
  h.update(`node ${process.versions.node} icu ${process.versions.icu ?? 'none'}`);
  return h.digest('hex').slice(0, 16);
}

const KEY = /^[0-9a-f]{40}$/;
const NEWLINE = 0x0a;

/** A binary entry's length in its line: 8 hex digits (an entry is far smaller than 4 GiB; see MAX_FILE_BYTES). */
const LENGTH_DIGITS = 8;

/**
 * Texts by key in an append-only file. `get` reads one entry from disk; `set` appends (a key already held is not
 * written again: keys are content hashes, so its text is the same). With `binary`, entries are any bytes (`bytes`
 * reads one): each line gives its entry's length before it, so a newline inside an entry does not end it.
 */
export class TextLog implements TextMap {
  private readonly fd: number;
  private entries = new Map<string, { at: number; length: number }>();
  private end = 0;
  private buffer = Buffer.alloc(1 << 16);
  /** Bytes of a line before its entry: the key and a space, and in a binary log the length and a space. */
  private readonly head: number;

  constructor(
    readonly file: string,
    readonly binary = false,
  ) {
    this.head = binary ? 42 + LENGTH_DIGITS : 41;
    this.fd = openSync(file, existsSync(file) ? 'r+' : 'w+');
    if (!this.loadIndex()) {
      if (binary) this.scanBinary();
      else this.scan();
    }
  }

  /** The entries' places as `close` wrote them: saves reading the whole log at start. */
  private get indexFile(): string {
    return `${this.file}.idx`;
  }

  /**
   * Read the entries from the index file, when it describes the log as it is (same size). Every read checks the key in
   * front of the text (see `read`), so an index that is wrong all the same only costs cache misses, never a wrong text.
   */
  private loadIndex(): boolean {
    try {
      const size = fstatSync(this.fd).size;
      const index = JSON.parse(readFileSync(this.indexFile, 'utf8')) as {
        size: number;
        entries: [string, number, number][];
      };
      if (index.size !== size || !Array.isArray(index.entries)) return false;
      for (const [key, at, length] of index.entries) this.entries.set(key, { at, length });
      this.end = size;
      return true;
    } catch {
      this.entries.clear();
      return false;
    }
  }

  private writeIndex(): void {
    const entries = [...this.entries].map(([key, e]) => [key, e.at, e.length]);
    const tmp = `${this.indexFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ size: this.end, entries }));
    renameSync(tmp, this.indexFile);
  }

  /** Index the entries already in the file; cut off a last line that was never finished. */
  private scan(): void {
    const size = fstatSync(this.fd).size;
    const chunk = Buffer.alloc(1 << 24);
    let lineStart = 0;
    let carry = Buffer.alloc(0);
    for (let pos = 0; pos < size;) {
      const n = readSync(this.fd, chunk, 0, Math.min(chunk.length, size - pos), pos);
      if (n <= 0) break;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      const base = pos - carry.length;
      let from = 0;
      for (let nl = data.indexOf(NEWLINE, from); nl >= 0; nl = data.indexOf(NEWLINE, from)) {
        const key = data.toString('latin1', from, Math.min(from + 40, nl));
        if (nl - from > 41 && data[from + 40] === 0x20 && KEY.test(key)) {
          this.entries.set(key, { at: base + from + 41, length: nl - from - 41 });
        }
        from = nl + 1;
        lineStart = base + from;
      }
      carry = Buffer.from(data.subarray(from));
      pos += n;
    }
    if (lineStart < size) ftruncateSync(this.fd, lineStart);
    this.end = lineStart;
  }

  /** `scan` for a binary log: line by line, each one's length read in its head; cut off from the first bad line. */
  private scanBinary(): void {
    const size = fstatSync(this.fd).size;
    const head = Buffer.alloc(this.head);
    const last = Buffer.alloc(1);
    let pos = 0;
    while (pos + this.head < size) {
      if (readSync(this.fd, head, 0, this.head, pos) !== this.head) break;
      const key = head.toString('latin1', 0, 40);
      const digits = head.toString('latin1', 41, 41 + LENGTH_DIGITS);
      if (!KEY.test(key) || head[40] !== 0x20 || head[this.head - 1] !== 0x20 || !/^[0-9a-f]+$/.test(digits))
        break;
      const length = parseInt(digits, 16);
      const next = pos + this.head + length + 1;
      if (next > size || readSync(this.fd, last, 0, 1, next - 1) !== 1 || last[0] !== NEWLINE) break;
      this.entries.set(key, { at: pos + this.head, length });
      pos = next;
    }
    if (pos < size) ftruncateSync(this.fd, pos);
    this.end = pos;
  }

  /** The line of an entry: its key, its length in a binary log, the entry, a newline. */
  private line(key: string, entry: string | Uint8Array): Buffer {
    if (!this.binary && typeof entry === 'string') return Buffer.from(`${key} ${entry}\n`, 'utf8');
    const bytes = typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry;
    const length = this.binary ? `${bytes.length.toString(16).padStart(LENGTH_DIGITS, '0')} ` : '';
    return Buffer.concat([Buffer.from(`${key} ${length}`, 'latin1'), bytes, Buffer.from('\n')]);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const size = entry.length + this.head + 1;
    if (this.buffer.length < size) this.buffer = Buffer.alloc(Math.max(size, this.buffer.length * 2));
    return this.read(key, entry, this.buffer) ? this.buffer.toString('utf8', this.head, size - 1) : undefined;
  }

  bytes(key: string): Uint8Array | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const line = Buffer.allocUnsafe(entry.length + this.head + 1);
    return this.read(key, entry, line) ? line.subarray(this.head, line.length - 1) : undefined;
  }

  /** Read an entry's whole line into `into`, and check that it is the line of `key` (and, binary, of its length). */
  private read(key: string, entry: { at: number; length: number }, into: Buffer): boolean {
    const size = entry.length + this.head + 1;
    if (entry.at < this.head) return false;
    const n = readSync(this.fd, into, 0, size, entry.at - this.head);
    return (
      n === size &&
      into[40] === 0x20 &&
      into[size - 1] === NEWLINE &&
      into.toString('latin1', 0, 40) === key &&
      (!this.binary ||
        (into[this.head - 1] === 0x20 &&
          parseInt(into.toString('latin1', 41, 41 + LENGTH_DIGITS), 16) === entry.length))
    );
  }

  set(key: string, entry: string | Uint8Array): void {
    if (this.entries.has(key)) return;
    const line = this.line(key, entry);
    writeSync(this.fd, line, 0, line.length, this.end);
    this.entries.set(key, { at: this.end + this.head, length: line.length - this.head - 1 });
    this.end += line.length;
  }

  /** Rewrite the file with only the entries in `keep` when the others take more room than they do. */
  compact(keep: ReadonlySet<string>): void {
    let kept = 0;
    for (const [key, e] of this.entries) if (keep.has(key)) kept += e.length + this.head + 1;
    if (this.end - kept <= kept) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    const out = openSync(tmp, 'w');
    const entries = new Map<string, { at: number; length: number }>();
    let end = 0;
    try {
      for (const key of [...this.entries.keys()].sort()) {
        if (!keep.has(key)) continue;
        const text = this.bytes(key);
        if (text === undefined) continue;
        const line = this.line(key, text);
        writeSync(out, line);
        entries.set(key, { at: end + this.head, length: text.length });
        end += line.length;
      }
    } finally {
      closeSync(out);
    }
    renameSync(tmp, this.file);
    // The entries of the new file, for the index `close` writes (this file is not read again: close it next).
    this.entries = entries;
    this.end = end;
  }

  /** Close the file and write its index (see loadIndex). */
  close(): void {
    closeSync(this.fd);
    try {
      this.writeIndex();
    } catch {
      // Without an index the next build reads the whole log instead: slower, not wrong.
    }
  }
}

/**
 * A build cache kept in a folder (see the file comment). `close` it once the build is written; `close(false)` after a
 * failed build keeps every entry (the build did not get to use them all).
 */
export interface DiskCache extends BuildCache {
  /** The folder of this code version's entries, where the CLI also notes what it wrote last (see scripts/corpus.ts). */
  folder: string;
  close(compact?: boolean): void;
}

/**
 * Open the cache kept in `dir` for this code version. Returns null when another build holds it (a live process's
 * lock): then build without a cache.
 */
export function openBuildCache(dir: string, version = codeVersion()): DiskCache | null {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, 'lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (isAlive(holder)) return null;
    writeFileSync(lock, String(process.pid));
  }
  for (const name of readdirSync(dir)) {
    if (name !== version && name !== 'lock') rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  const folder = path.join(dir, version);
  mkdirSync(folder, { recursive: true });
  const parsed = new TextLog(path.join(folder, 'parsed.log'), true);
  const events = new TextLog(path.join(folder, 'events.log'));
  const articles = new TextLog(path.join(folder, 'articles.log'));
  const used = new Set<string>();
  return {
    folder,
    parsed: bytesOf(parsed),
    events,
    articles,
    used,
    close(compact = true) {
      for (const log of [parsed, events, articles]) {
        if (compact) log.compact(used);
        log.close();
      }
      rmSync(lock, { force: true });
    },
  };
}

/**
 * A cache for one build only (`--no-cache`): nothing is reused or kept, but event and article texts still go to files
 * in the OS temp folder rather than memory, so a large build fits the same memory with or without a cache.
 */
export function temporaryBuildCache(): DiskCache {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'parallax-build-'));
  const events = new TextLog(path.join(folder, 'events.log'));
  const articles = new TextLog(path.join(folder, 'articles.log'));
  const none: BytesMap = { has: () => false, get: () => undefined, set: () => {} };
  return {
    folder,
    parsed: none,
    events,
    articles,
    used: new Set(),
    close() {
      events.close();
      articles.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A binary log as the cache's map of bytes. */
function bytesOf(log: TextLog): BytesMap {
  return {
    has: (key) => log.has(key),
    get: (key) => log.bytes(key),
    set: (key, bytes) => log.set(key, bytes),
  };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
