import { describe, expect, it } from 'vitest';
import { basePath } from './base-path.mjs';

describe('basePath', () => {
  it('is empty at the root of a host', () => {
    expect(basePath({})).toBe('');
    expect(basePath({ PARALLAX_BASE_PATH: '' })).toBe('');
  });

  it('drops trailing slashes, so /news and /news/ are one site', () => {
    expect(basePath({ PARALLAX_BASE_PATH: '/news' })).toBe('/news');
    expect(basePath({ PARALLAX_BASE_PATH: '/news/' })).toBe('/news');
    expect(basePath({ PARALLAX_BASE_PATH: '/' })).toBe('');
  });
});
