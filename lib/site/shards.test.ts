import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../types';
import type { BuiltIndex } from '../pipeline/assemble';
import { stableStringify } from '../pipeline/output/json';
import { article, event } from '../view/test-fixtures';
import { builtOf, eventShardFile, KEYS_FILE, writeIndexShards } from './shards';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const p = [{ kind: 'paragraph' as const, text: 'One.' }];
const index: CorpusIndex = {
  version: 1,
  articles: [article('a', 'afp', p), article('b', 'reuters', p), article('c', 'ap', p)],
  events: [event('e1', ['a', 'b'], [{ a: [0], b: [0] }]), event('e2', ['c'], [])],
  stories: [],
  diagnostics: [],
};

/** `index` as a cached build hands it over: each event with a content key (here its own JSON and its articles'). */
function keyed(i: CorpusIndex): BuiltIndex {
  const built = builtOf(i);
  const key = (e: number) =>
    stableStringify([i.events[e], i.articles.filter((a) => i.events[e]!.articleIds.includes(a.id))]);
  return { ...built, events: { ...built.events, keyOf: (e) => ({ id: i.events[e]!.id, key: key(e) }) } };
}

/** Every file of a shard folder but the keys, by its path: what the site reads. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (name !== KEYS_FILE && statSync(file).isFile()) out[name] = readFileSync(file, 'utf8');
  }
  return out;
}

/** The shards of `i` written afresh, without reuse: what a rebuild's shards must equal. */
function fresh(i: CorpusIndex): Record<string, string> {
  const dir = path.join(root, 'fresh');
  rmSync(dir, { recursive: true, force: true });
  writeIndexShards(dir, builtOf(i));
  return files(dir);
}

const inode = (dir: string, id: string) => statSync(eventShardFile(dir, id)).ino;

describe('a rebuild of the shards', () => {
  it('keeps the file of an unchanged event, writes a changed one and removes one that is gone', () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'parallax-shards-'));
    const dir = path.join(root, 'index.shards');
    writeIndexShards(dir, keyed(index), { version: 'v1', from: [dir] });
    const before = { e1: inode(dir, 'e1'), e2: inode(dir, 'e2') };
    // e1 changes (one more row), e2 stays, e3 is new.
    const next: CorpusIndex = {
      ...index,
      events: [
        event('e1', ['a', 'b'], [{ a: [0], b: [0] }, { a: [0] }]),
        index.events[1]!,
        event('e3', ['a'], []),
      ],
    };
    const made = writeIndexShards(dir, keyed(next), { version: 'v1', from: [dir] });
    expect(made.kept).toBe(1);
    expect(inode(dir, 'e2')).toBe(before.e2);
    expect(inode(dir, 'e1')).not.toBe(before.e1);
    expect(files(dir)).toEqual(fresh(next));
    // e1 and e3 gone: their files too, the listing without them.
    const last = { ...index, events: [index.events[1]!] };
    writeIndexShards(dir, keyed(last), { version: 'v1', from: [dir] });
    expect(readdirSync(path.join(dir, 'events'))).toEqual(['e2.json']);
    expect(inode(dir, 'e2')).toBe(before.e2);
    expect(files(dir)).toEqual(fresh(last));
    expect(readdirSync(root).sort()).toEqual(['fresh', 'index.shards']);
  });

  it('keeps files from the folders it is given only, and from nothing of other code or without keys', () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'parallax-shards-'));
    const cold = path.join(root, 'cold.shards');
    const warm = path.join(root, 'warm.shards');
    writeIndexShards(cold, keyed(index), { version: 'v1', from: [cold] });
    expect(writeIndexShards(warm, keyed(index), { version: 'v1', from: [warm, cold] }).kept).toBe(2);
    expect(inode(warm, 'e1')).toBe(inode(cold, 'e1'));
    expect(files(warm)).toEqual(fresh(index));
    expect(writeIndexShards(warm, keyed(index), { version: 'v2', from: [warm, cold] }).kept).toBe(0);
    expect(inode(warm, 'e1')).not.toBe(inode(cold, 'e1'));
    expect(writeIndexShards(warm, builtOf(index), { version: 'v2', from: [warm, cold] }).kept).toBe(0);
    expect(files(warm)).toEqual(fresh(index));
    // Nowhere to look (a build without a cache): every file written, the keys noted for the next build.
    expect(writeIndexShards(cold, keyed(index), { version: 'v1', from: [] }).kept).toBe(0);
    expect(writeIndexShards(cold, keyed(index), { version: 'v1', from: [cold] }).kept).toBe(2);
  });

  it('writes the file again when the earlier one is gone', () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'parallax-shards-'));
    const dir = path.join(root, 'index.shards');
    writeIndexShards(dir, keyed(index), { version: 'v1', from: [dir] });
    rmSync(eventShardFile(dir, 'e2'));
    expect(writeIndexShards(dir, keyed(index), { version: 'v1', from: [dir] }).kept).toBe(1);
    expect(files(dir)).toEqual(fresh(index));
  });
});
