import { createHash } from 'node:crypto';
import type { Article, Event } from '../../types';

/** Texts by key: a Map, or a file that holds them (lib/pipeline/cache/disk.ts), so a large build need not keep them all. */
export interface TextMap {
  has(key: string): boolean;
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  /** The text as UTF-8 bytes, where the map holds it so (a file): saves decoding text only to write it again. */
  bytes?(key: string): Uint8Array | undefined;
}

/** Bytes by key: a Map, or a file that holds them (lib/pipeline/cache/disk.ts). */
export interface BytesMap {
  has(key: string): boolean;
  get(key: string): Uint8Array | undefined;
  set(key: string, bytes: Uint8Array): void;
}

/**
 * What a build can reuse from an earlier one, as JSON text or bytes (a fresh copy each time it is read):
 * - `parsed`: a corpus file's parse, by its path, bytes and day (only lib/pipeline/run.ts reads files), as the bytes
 *   lib/pipeline/cache/parsed.ts makes;
 * - `events`: a complete event (rows and insights) as the index writes it, by the event as clustering and naming made
 *   it and all of its members' content. An event that gains or loses an article, or whose article changed, is aligned
 *   again as a whole: alignment is per event, and most events are a handful of articles.
 * Keys are content hashes, so a stale entry is never wrong, only unused; an entry is valid for the code that made it
 * (lib/pipeline/cache/disk.ts keeps one cache per code version). `used` collects the keys a build read or wrote: what a
 * persisted cache keeps.
 */
export interface BuildCache {
  parsed: BytesMap;
  events: TextMap;
  /** An article's stable JSON as the index writes it, by its content hash (a warm build copies it, see indexChunks). */
  articles?: TextMap;
  used: Set<string>;
}

/** A cache in memory (the CLI keeps one on disk: lib/pipeline/cache/disk.ts). */
export function createBuildCache(): BuildCache & {
  parsed: Map<string, Uint8Array>;
  events: Map<string, string>;
} {
  return { parsed: new Map(), events: new Map(), used: new Set() };
}

/** A complete event depends on the event as clustering and naming made it, and on everything of its articles. */
export function eventKey(
  event: Event,
  members: readonly Article[],
  articleHash: (a: Article) => string,
): string {
  const h = createHash('sha1');
  h.update(JSON.stringify({ ...event, rows: undefined, insights: undefined }));
  for (const a of members) h.update('\u0000').update(articleHash(a));
  return h.digest('hex');
}

/** A content hash of a whole article. */
export function hashArticle(a: Article): string {
  return createHash('sha1').update(JSON.stringify(a)).digest('hex');
}
