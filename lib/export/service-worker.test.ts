import { describe, expect, it } from 'vitest';
import { fileUrlPath, precacheName, serviceWorkerSource } from './service-worker';

const files = [
  { path: 'index.html', digest: 'a' },
  { path: 'events/e1/index.html', digest: 'b' },
];

describe('precacheName', () => {
  it('depends on paths and contents, not on order', () => {
    const name = precacheName(files);
    expect(name).toMatch(/^parallax-[0-9a-f]{16}$/);
    expect(precacheName([...files].reverse())).toBe(name);
    expect(precacheName([files[0]!, { path: 'events/e1/index.html', digest: 'c' }])).not.toBe(name);
    expect(precacheName([files[0]!])).not.toBe(name);
  });
});

describe('serviceWorkerSource', () => {
  it('lists every file under the base path, sorted', () => {
    const source = serviceWorkerSource('/news', files);
    expect(source).toContain('const BASE = "/news";');
    expect(source).toContain('const FILES = ["/news/events/e1/index.html","/news/index.html"];');
    expect(source).toContain(`const CACHE = "${precacheName(files)}";`);
  });
  it('says whether the list is the whole site', () => {
    expect(serviceWorkerSource('', files)).toContain('const COMPLETE = true;');
    expect(serviceWorkerSource('', files, { complete: false })).toContain('const COMPLETE = false;');
  });
  it('is valid JavaScript', () => {
    expect(() => new Function(serviceWorkerSource('', files))).not.toThrow();
  });
  it('escapes only what a URL would misread', () => {
    expect(fileUrlPath('_next/static/chunks/[root]__a b#1?.js')).toBe(
      '_next/static/chunks/[root]__a%20b%231%3F.js',
    );
  });
});
