import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { article, event } from '../view/test-fixtures';

let dir = '';
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the index the pages read', () => {
  it('answers which events an article is part of from one map, in index order', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-data-'));
    const file = path.join(dir, 'index.json');
    const p = [{ kind: 'paragraph' as const, text: 'One.' }];
    const articles = [article('a', 'afp', p), article('b', 'reuters', p), article('c', 'ap', p)];
    const events = [event('e1', ['a', 'b'], []), event('e2', ['c'], []), event('e3', ['b', 'c', 'b'], [])];
    writeFileSync(file, JSON.stringify({ version: 1, articles, events, stories: [], diagnostics: [] }));
    vi.stubEnv('PARALLAX_INDEX', file);
    vi.resetModules();
    const data = await import('./data');
    expect(data.getEventsOfArticle('b').map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(data.getEventsOfArticle('c').map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(data.getEventsOfArticle('nope')).toEqual([]);
    expect(data.getEvent('e2')?.articleIds).toEqual(['c']);
  });
});
