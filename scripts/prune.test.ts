import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneUnusedPayloads } from './prune';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  root = mkdtempSync(path.join(os.tmpdir(), 'parallax-prune-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

describe('pruneUnusedPayloads', () => {
  it('removes __next._full.txt where it repeats the page’s index.txt, at every depth', () => {
    const dir = site({
      'index.txt': 'root payload',
      '__next._full.txt': 'root payload',
      '__next._tree.txt': 'tree',
      'search/index.txt': 'payload s',
      'search/__next._full.txt': 'payload s',
      'search/__next.search.__PAGE__.txt': 'segment',
    });
    expect(pruneUnusedPayloads(dir)).toEqual({ files: 2, bytes: 'root payload'.length + 'payload s'.length });
    expect(existsSync(path.join(dir, '__next._full.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'search/__next._full.txt'))).toBe(false);
    // What the client fetches stays.
    for (const kept of [
      'index.txt',
      '__next._tree.txt',
      'search/index.txt',
      'search/__next.search.__PAGE__.txt',
    ])
      expect(existsSync(path.join(dir, kept)), kept).toBe(true);
  });

  it('removes every payload file of the item pages, which only plain links reach, and nothing else there', () => {
    const dir = site({
      'events/a/index.html': '<html>',
      'events/a/index.txt': 'payload a',
      'events/a/__next._tree.txt': 'tree',
      'events/a/__next.events.$d$eventId.__PAGE__.txt': 'segment',
      'events/a/afp-vs-reuters/index.html': 'stub',
      'articles/x/index.txt': 'p',
      'stories/s/index.txt': 'p',
      'outlets/o/index.txt': 'p',
      'data/events/a.json': '{}',
      'robots.txt': 'User-agent: *',
      'corpus/index.txt': 'kept',
      'corpus/events/index.txt': 'not an item page: not under the top events/',
    });
    expect(pruneUnusedPayloads(dir).files).toBe(6);
    for (const kept of [
      'events/a/index.html',
      'events/a/afp-vs-reuters/index.html',
      'data/events/a.json',
      'robots.txt',
      'corpus/index.txt',
      'corpus/events/index.txt',
    ])
      expect(existsSync(path.join(dir, kept)), kept).toBe(true);
    expect(existsSync(path.join(dir, 'events/a/index.txt'))).toBe(false);
  });

  it('keeps a __next._full.txt that differs from index.txt, or has none beside it', () => {
    const dir = site({
      'a/index.txt': 'one',
      'a/__next._full.txt': 'another',
      'b/__next._full.txt': 'alone',
    });
    expect(pruneUnusedPayloads(dir)).toEqual({ files: 0, bytes: 0 });
    expect(existsSync(path.join(dir, 'a/__next._full.txt'))).toBe(true);
    expect(existsSync(path.join(dir, 'b/__next._full.txt'))).toBe(true);
  });
});
