import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { emptyRegistry } from '../events/ids';
import type { Article, Story } from '../types';
import { articlesHeld, buildIndex } from './assemble';
import { createBuildCache } from './cache/memory';
import { openBuildCache, temporaryBuildCache } from './cache/disk';
import { indexChunks } from './output/chunks';
import { stableStringify } from './output/json';
import { writeChunks } from './output/write';
import { buildCorpusIndex } from './run';
import { builtOf, KEYS_FILE, writeIndexShards } from '../site/shards';
import type { BuiltIndex } from './assemble';

/**
 * The build's promise: the same corpus gives the same index bytes, whatever the input order (the folder's listing, the
 * articles, their keys), with or without the build cache (cold, warm, or warm after a change), on worker threads or
 * not. A corpus of the seeds, the hostile fixtures and retellings of the seeds by other outlets (so events have several
 * articles), in a temporary folder.
 */
const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-build-test-'));

/**
 * A folder lists its files in whatever order its file system keeps them (ext4 by hash, another by name or by age):
 * while this is set, every listing comes back reversed, as another machine might give it.
 */
const listing = vi.hoisted(() => ({ reversed: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    const names = fs.readdirSync(...args);
    return listing.reversed ? [...names].reverse() : names;
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function makeCorpus(dir: string): void {
  const seeds = path.resolve('data', 'corpus');
  cpSync(seeds, dir, { recursive: true });
  cpSync(path.resolve('data', 'fixtures', 'hostile'), dir, { recursive: true });
  const retellings = readdirSync(seeds)
    .sort()
    .flatMap((name, k) => {
      const paragraphs = readFileSync(path.join(seeds, name), 'utf8')
        .replace(/^ date \S+ /, '')
        .split(/\n+/)
        .filter((p) => p.trim().length > 0);
      const date = `2022-03-${String(3 + k * 3).padStart(2, '0')}`;
      return ['Retold Wire', 'Second Daily'].map((outlet, v) =>
        JSON.stringify({
          outlet,
          date,
          title: `${outlet} on ${paragraphs[0]!.slice(0, 60)}`,
          text: (v === 0 ? paragraphs.slice(1) : [...paragraphs.slice(2), paragraphs[1]]).join('\n\n'),
        }),
      );
    });
  writeFileSync(path.join(dir, 'retold.jsonl'), retellings.join('\n') + '\n');
}

const corpusDir = path.join(root, 'corpus');
makeCorpus(corpusDir);

/** One more article in the corpus: another outlet's telling of the first seed event. */
function addArticle(dir: string): void {
  const first = JSON.parse(readFileSync(path.join(dir, 'retold.jsonl'), 'utf8').split('\n')[0]!) as Record<
    string,
    string
  >;
  const text = first.text!.split('\n\n').slice(0, -1).join('\n\n');
  writeFileSync(
    path.join(dir, 'added.jsonl'),
    JSON.stringify({ ...first, outlet: 'Third Post', title: `Third Post: ${first.title}`, text }) + '\n',
  );
}

const bytes = (index: unknown) => stableStringify(index);

/** Text and UTF-8 pieces of an index, as one string. */
function joinChunks(pieces: Iterable<string | Uint8Array>): string {
  return [...pieces].map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');
}

describe('buildIndex', () => {
  const corpus = loadCorpus(corpusDir);
  const cold = bytes(buildIndex(corpus, emptyRegistry()).index);

  it('holds events of several articles (the corpus exercises alignment and insights)', () => {
    const index = JSON.parse(cold) as { events: { articleIds: string[] }[] };
    expect(index.events.some((e) => e.articleIds.length >= 3)).toBe(true);
  });

  it("gives the same bytes whatever the order of the articles, of the diagnostics and of each article's keys", () => {
    expect(corpus.diagnostics.length).toBeGreaterThan(1);
    const reorder = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled = {
      articles: [...corpus.articles].reverse().map(reorder),
      diagnostics: [...corpus.diagnostics].reverse().map(reorder),
    };
    expect(bytes(buildIndex(shuffled, emptyRegistry()).index)).toBe(cold);
  });

  it('gives the same bytes whatever order the folder lists its files in, copies and duplicates included', async () => {
    // Which of two copies is "the first" (kept, or named in the other's warning) must not follow the listing.
    const dir = path.join(root, 'listing');
    makeCorpus(dir);
    const [seed] = readdirSync(path.resolve('data', 'corpus')).sort();
    copyFileSync(path.join(dir, seed!), path.join(dir, `zz-${seed}`));
    const options = { today: '2026-01-01' };
    const straight = bytes(buildIndex(loadCorpus(dir, undefined, options), emptyRegistry()).index);
    expect(straight).toContain(`"duplicate of ${seed} (same outlet, same text): skipped`);
    expect(straight).toContain('a syndicated copy; both kept');
    listing.reversed = true;
    try {
      expect(readdirSync(dir)[0]).toBe(`zz-${seed}`);
      expect(bytes(buildIndex(loadCorpus(dir, undefined, options), emptyRegistry()).index)).toBe(straight);
      const cli = await buildCorpusIndex(dir, emptyRegistry(), { workers: 0, ...options });
      expect(joinChunks(indexChunks(cli.index))).toBe(straight);
    } finally {
      listing.reversed = false;
    }
  });

  it('gives the same bytes with a cache, cold and warm', () => {
    const cache = createBuildCache();
    expect(bytes(buildIndex(corpus, emptyRegistry(), cache).index)).toBe(cold);
    expect(cache.events.size).toBeGreaterThan(0);
    expect(bytes(buildIndex(corpus, emptyRegistry(), cache).index)).toBe(cold);
  });

  it('gives the same bytes with a warm cache after an article is added, and reuses the other events', () => {
    const dir = path.join(root, 'added');
    makeCorpus(dir);
    const cache = createBuildCache();
    buildIndex(loadCorpus(dir), emptyRegistry(), cache);
    addArticle(dir);
    const bigger = loadCorpus(dir);
    const before = cache.events.size;
    const warm = bytes(buildIndex(bigger, emptyRegistry(), cache).index);
    expect(warm).toBe(bytes(buildIndex(loadCorpus(dir), emptyRegistry()).index));
    // Only the event the article joined was made again.
    expect(cache.events.size).toBe(before + 1);
  });

  it('writes the same bytes in pieces as in one string', () => {
    const index = JSON.parse(cold) as {
      articles: Article[];
      diagnostics: never[];
      events: unknown[];
      stories: Story[];
    };
    const events = index.events.map((e) => stableStringify(e));
    const pieces = [
      ...indexChunks({
        articles: articlesHeld(index.articles),
        diagnostics: index.diagnostics,
        stories: index.stories,
        // Events as text, and every other one as UTF-8 bytes (how a warm build hands over the cache's copy).
        events: {
          length: events.length,
          at: (i) => events[i]!,
          bytesAt: (i) => (i % 2 ? Buffer.from(events[i]!, 'utf8') : events[i]!),
        },
      }),
    ];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.some((p) => typeof p !== 'string')).toBe(true);
    expect(joinChunks(pieces)).toBe(cold);
    const file = path.join(root, 'written.json');
    writeChunks(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(cold);
  });
});

/** The shards of a built index (lib/site/shards.ts), every file's text by its path. */
function shardFiles(built: BuiltIndex): Record<string, string> {
  const dir = path.join(mkdtempSync(path.join(root, 'shards-')), 'index.shards');
  writeIndexShards(dir, built);
  return filesIn(dir);
}

/** Every file of a shard folder but its keys (what only the next build reads), by its path. */
function filesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel), { withFileTypes: true }))
      if (name.isDirectory()) walk(path.join(rel, name.name));
      else if (name.name !== KEYS_FILE)
        files[path.join('index.shards', rel, name.name)] = readFileSync(
          path.join(dir, rel, name.name),
          'utf8',
        );
  };
  walk('');
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('buildCorpusIndex (the CLI build)', () => {
  const today = '2026-01-01';
  const expected = bytes(buildIndex(loadCorpus(corpusDir, undefined, { today }), emptyRegistry()).index);
  const text = (built: Parameters<typeof indexChunks>[0]) => joinChunks(indexChunks(built));

  it('gives the bytes of buildIndex(loadCorpus(dir)), in this thread and on worker threads', async () => {
    const inThread = await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 0, today });
    expect(text(inThread.index)).toBe(expected);
    // Every file a parse task of its own and every event on the workers: the pool's paths, not the shortcuts.
    const timings: Record<string, number> = {};
    const batching = { parseBytes: 1, minEvents: 0 };
    const onWorkers = await buildCorpusIndex(corpusDir, emptyRegistry(), {
      workers: 2,
      today,
      timings,
      batching,
    });
    expect(text(onWorkers.index)).toBe(expected);
    expect(timings.parseCpu).toBeGreaterThan(0);
  });

  it('gives the same index and shards with the articles kept only on disk once planned (--no-cache), on workers', async () => {
    // The CLI's cache for one build: events and articles go to files, and each event's articles are read back from
    // there, as JSON, for the worker that completes it.
    const cache = temporaryBuildCache();
    const batching = { parseBytes: 1, minEvents: 0 };
    try {
      const result = await buildCorpusIndex(corpusDir, emptyRegistry(), {
        workers: 2,
        today,
        cache,
        batching,
      });
      expect(text(result.index)).toBe(expected);
      const whole = builtOf(buildIndex(loadCorpus(corpusDir, undefined, { today }), emptyRegistry()).index);
      // The workers send each event's listing entry with its text, and the shards take it rather than parse the
      // text: the same files as the entries made from the parsed text (builtOf has none).
      const events = result.index.events;
      expect(Array.from({ length: events.length }, (_, e) => events.listingAt?.(e)).every(Boolean)).toBe(
        true,
      );
      expect(whole.events.listingAt).toBeUndefined();
      expect(shardFiles(result.index)).toEqual(shardFiles(whole));
      // Every article was written to the article log, and is read back from it.
      expect(
        cache.articles &&
          [...Array(result.index.articles.length).keys()].every(
            (i) => result.index.articles.text(i) instanceof Uint8Array,
          ),
      ).toBe(true);
    } finally {
      cache.close();
    }
  });

  it('gives the same bytes from a cache kept on disk, cold, warm and after a change', async () => {
    const dir = path.join(root, 'disk');
    makeCorpus(dir);
    const cacheDir = path.join(root, 'disk-cache');
    // Shards rewritten in one folder each build, as the CLI does, keeping the files of unchanged events.
    const shardDir = path.join(root, 'disk-index.shards');
    const build = async () => {
      const cache = openBuildCache(cacheDir)!;
      const result = await buildCorpusIndex(dir, emptyRegistry(), { workers: 0, today, cache });
      const built = text(result.index);
      const shards = shardFiles(result.index);
      const { kept } = writeIndexShards(shardDir, result.index, { version: 'test', from: [shardDir] });
      cache.close();
      return { text: built, made: result.made, shards, kept, events: result.index.events.length };
    };
    const cold = await build();
    expect(cold.text).toBe(expected);
    // The site's shards too: written from the cache's bytes, they are those of the index held whole.
    const whole = shardFiles(
      builtOf(buildIndex(loadCorpus(dir, undefined, { today }), emptyRegistry()).index),
    );
    expect(Object.keys(whole).length).toBeGreaterThan(3);
    expect(cold.shards).toEqual(whole);
    expect(cold.kept).toBe(0);
    expect(cold.made.files).toBe(readdirSync(dir).length);
    const again = await build();
    expect(again.text).toBe(expected);
    expect(again.shards).toEqual(whole);
    expect(again.made).toEqual({ files: 0, events: 0 });
    expect(again.kept).toBe(again.events);
    expect(filesIn(shardDir)).toEqual(whole);
    addArticle(dir);
    const loaded = loadCorpus(dir, undefined, { today });
    const fresh = bytes(buildIndex(loaded, emptyRegistry()).index);
    const warm = await build();
    expect(warm.text).toBe(fresh);
    // Nothing of the corpus before the change was parsed or completed again: the new file, and the event it joined.
    expect(warm.made).toEqual({ files: 1, events: 1 });
    // Only that event's shard was written again; the folder holds what a cold build's would.
    expect(warm.kept).toBe(warm.events - 1);
    expect(filesIn(shardDir)).toEqual(shardFiles(builtOf(buildIndex(loaded, emptyRegistry()).index)));
  });

  it('skips damaged cache lines and still gives the same bytes', async () => {
    const cacheDir = path.join(root, 'damaged-cache');
    const cache = openBuildCache(cacheDir)!;
    await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 0, today, cache }).then((r) =>
      text(r.index),
    );
    cache.close();
    // A line cut short (a build stopped while writing), a line that is not an entry, and a good line's text lost.
    for (const version of readdirSync(cacheDir).filter((name) => name !== 'lock')) {
      // The logs only: their index files (`.idx`) stay as they were, and no longer describe them.
      for (const log of readdirSync(path.join(cacheDir, version)).filter((name) => name.endsWith('.log'))) {
        const file = path.join(cacheDir, version, log);
        const lines = readFileSync(file, 'utf8').split('\n');
        writeFileSync(
          file,
          ['not a cache line', ...lines.slice(1, -2), lines[lines.length - 2]!.slice(0, 50)].join('\n'),
        );
      }
    }
    const damaged = openBuildCache(cacheDir)!;
    const result = await buildCorpusIndex(corpusDir, emptyRegistry(), { workers: 0, today, cache: damaged });
    expect(text(result.index)).toBe(expected);
    expect(result.made.files).toBeGreaterThan(0);
    damaged.close();
  });

  it('lets one build at a time use a cache folder', () => {
    const cacheDir = path.join(root, 'locked-cache');
    const first = openBuildCache(cacheDir)!;
    expect(openBuildCache(cacheDir)).toBeNull();
    first.close();
    const second = openBuildCache(cacheDir);
    expect(second).not.toBeNull();
    second!.close();
  });
});
