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
  it('removes every page payload file at every depth and every placeholder page, and nothing else', () => {
    const dir = site({
      'index.html': '<html>',
      'index.txt': 'root payload',
      '__next._full.txt': 'full',
      '__next._tree.txt': 'tree',
      '__next.__PAGE__.txt': 'page',
      'robots.txt': 'User-agent: *',
      'search/index.txt': 'payload s',
      'events/a/index.html': '<html>',
      'events/a/index.txt': 'payload a',
      'events/a/__next.events.$d$eventId.__PAGE__.txt': 'segment',
      'events/a/afp-vs-reuters/index.html': 'stub',
      'data/events/a.json': '{}',
      'data/notes.txt': 'not a payload',
      'events/_none/findings/index.html': '404',
    });
    expect(pruneUnusedPayloads(dir)).toEqual({ files: 8, bytes: 12 + 4 + 4 + 4 + 9 + 9 + 7 + 3 });
    for (const kept of [
      'index.html',
      'robots.txt',
      'events/a/index.html',
      'events/a/afp-vs-reuters/index.html',
      'data/events/a.json',
      'data/notes.txt',
    ])
      expect(existsSync(path.join(dir, kept)), kept).toBe(true);
    for (const gone of [
      'index.txt',
      '__next._tree.txt',
      'events/a/index.txt',
      'search/index.txt',
      'events/_none',
    ])
      expect(existsSync(path.join(dir, gone)), gone).toBe(false);
  });
});
