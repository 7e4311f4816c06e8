import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusIndex } from '../types';
import { article, event } from '../view/test-fixtures';
import { builtOf, readListing, shardDir, writeIndexShards } from './shards';
import { dataIndex, dataIndexOfListing } from '../export/data';
import { stableStringify } from '../pipeline/output/json';

let dir = '';
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const p = [{ kind: 'paragraph' as const, text: 'One.' }];
const index: CorpusIndex = {
  version: 1,
  articles: [
    article('a', 'afp', p),
    article('b', 'reuters', p),
    article('c', 'ap', p),
    article('d', 'ap', p),
  ],
  events: [
    event('e1', ['a', 'b'], [{ a: [0], b: [0] }, { a: [0] }]),
    event('e2', ['c'], []),
    event('e3', ['b', 'c', 'b'], []),
  ],
  stories: [],
  diagnostics: [],
};

/** The index file and its shards, as `npm run corpus -- build` writes them; the data module read fresh from them. */
async function site(i: CorpusIndex = index) {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-data-'));
  const file = path.join(dir, 'index.json');
  writeFileSync(file, stableStringify(i));
  writeIndexShards(shardDir(file), builtOf(i));
  vi.stubEnv('PARALLAX_INDEX', file);
  vi.resetModules();
  return { file, data: await import('./data') };
}

describe('the index the pages read', () => {
  it('answers which events an article is part of from the listing, in index order', async () => {
    const { data } = await site();
    expect(data.getEventsOfArticle('b').map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(data.getListedEventsOfArticle('c').map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(data.getEventsOfArticle('nope')).toEqual([]);
    expect(data.getEvent('e2')?.articleIds).toEqual(['c']);
  });
  it('reads an event and its articles in full from its shard, and the rest from the listing', async () => {
    const { data } = await site();
    expect(data.getEvent('e1')).toEqual(index.events[0]);
    expect(data.getEventArticles({ id: 'e3' }).map((a) => a.id)).toEqual(['b', 'c', 'b']);
    expect(data.getArticle('c')).toEqual(index.articles[2]);
    // Not in any event: the loose articles' file.
    expect(data.getArticle('d')).toEqual(index.articles[3]);
    expect(data.getArticle('nope')).toBeUndefined();
    expect(data.getEvent('nope')).toBeUndefined();
    expect(data.getIndex().events.map((e) => [e.id, e.rowCount, e.sharedRows])).toEqual([
      ['e1', 2, 1],
      ['e2', 0, 0],
      ['e3', 0, 0],
    ]);
    expect([...data.allEvents()].map((e) => [e.event.id, e.articles.length])).toEqual([
      ['e1', 2],
      ['e2', 1],
      ['e3', 3],
    ]);
  });
  it('refuses shards older than their index', async () => {
    const { file, data } = await site();
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(() => data.getIndex()).toThrow(/newer than its shards/);
  });
});

describe('the shards', () => {
  it('give the listing whose download is the whole index’s, and one file per event', async () => {
    const { file } = await site();
    const listing = readListing(shardDir(file));
    expect(stableStringify(dataIndexOfListing(listing))).toBe(stableStringify(dataIndex(index)));
    expect(listing.articles[0]?.removed).toEqual(index.articles[0]?.removed);
    expect(readdirSync(path.join(shardDir(file), 'events')).sort()).toEqual([
      'e1.json',
      'e2.json',
      'e3.json',
    ]);
    expect(JSON.parse(readFileSync(path.join(shardDir(file), 'events', 'e3.json'), 'utf8'))).toEqual({
      articles: [index.articles[1], index.articles[2]],
      event: index.events[2],
    });
  });
  it('replace the shards of a rebuild, leaving no file of an event that is gone', async () => {
    const { file } = await site();
    writeIndexShards(shardDir(file), builtOf({ ...index, events: index.events.slice(0, 1) }));
    expect(readdirSync(path.join(shardDir(file), 'events'))).toEqual(['e1.json']);
    expect(readdirSync(dir).sort()).toEqual(['index.json', 'index.shards']);
  });
});
