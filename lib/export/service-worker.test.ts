import { describe, expect, it } from 'vitest';
import { choosePrecache, fileUrlPath, precacheEntries, serviceWorkerSource } from './service-worker';

const file = (path: string, bytes = 10, digest = 'ab'.repeat(20)) => ({ path, digest, bytes });
const files = [file('index.html'), file('events/e1/index.html', 10, 'cd'.repeat(20))];

describe('precacheEntries', () => {
  it('lists every file under the base path, sorted, with its revision', () => {
    expect(precacheEntries('/news', files)).toEqual([
      { url: '/news/events/e1/index.html', revision: 'cdcdcdcdcdcdcdcd' },
      { url: '/news/index.html', revision: 'abababababababab' },
    ]);
  });
});

describe('choosePrecache', () => {
  const site = [
    file('_next/static/chunks/a.js', 100),
    file('index.html'),
    file('index.txt'),
    file('404.html'),
    file('search/index.html'),
    file('corpus/index.html'),
    file('data/index.json'),
    file('data/search/meta.json'),
    file('data/search/terms/a.json', 20),
    file('data/search/docs/0.json', 500),
    file('data/events/e1.json', 500),
    file('events/e1/index.html', 500),
    file('events/e1/index.txt', 500),
    file('articles/a1/index.html', 500),
  ];
  it('takes the whole site within the budget', () => {
    const choice = choosePrecache(site, 10_000);
    expect(choice.complete).toBe(true);
    expect(choice.files).toHaveLength(site.length);
  });
  it('past the budget takes the frame, the listing and the search terms, not the pages', () => {
    const choice = choosePrecache(site, 1000);
    expect(choice.complete).toBe(false);
    expect(choice.searchTerms).toBe(true);
    expect(choice.files.map((f) => f.path)).toEqual([
      '_next/static/chunks/a.js',
      'index.html',
      'index.txt',
      '404.html',
      'search/index.html',
      'corpus/index.html',
      'data/index.json',
      'data/search/meta.json',
      'data/search/terms/a.json',
    ]);
  });
  it('leaves the search terms out when they pass a quarter of the budget', () => {
    const choice = choosePrecache(site, 79);
    expect(choice.searchTerms).toBe(false);
    expect(choice.files.map((f) => f.path)).not.toContain('data/search/terms/a.json');
    expect(choice.files.map((f) => f.path)).toContain('data/search/meta.json');
  });
});

describe('serviceWorkerSource', () => {
  it('carries the base path, the list and whether it is complete, then workbox', () => {
    const source = serviceWorkerSource('/news', files, { complete: false });
    expect(source).toContain(
      'const PARALLAX_SW = {"base":"/news","complete":false,"precache":[{"url":"/news/events/e1/index.html"',
    );
    // Workbox's precache (its cache names) and the status answer are bundled in, not loaded from elsewhere.
    expect(source).toContain('precache');
    expect(source).toContain('parallax-status');
    expect(source).not.toMatch(/importScripts\(|\bimport\(/);
  });
  it('is valid JavaScript and gives the same bytes for the same files', () => {
    const source = serviceWorkerSource('', files);
    expect(() => new Function(source)).not.toThrow();
    expect(serviceWorkerSource('', [...files].reverse())).toBe(source);
  });
  it('escapes only what a URL would misread', () => {
    expect(fileUrlPath('_next/static/chunks/[root]__a b#1?.js')).toBe(
      '_next/static/chunks/[root]__a%20b%231%3F.js',
    );
  });
});
