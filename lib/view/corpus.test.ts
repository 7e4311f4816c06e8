import { describe, expect, it } from 'vitest';
import { corpusFiles, fileOf } from './corpus';
import { article } from './test-fixtures';

describe('corpusFiles', () => {
  it('groups records by their file and counts problems', () => {
    const a = article('a', 'afp', [], { file: 'story.csv#2', warnings: ['no date'] });
    const b = article('b', 'ap', [], { file: 'story.csv#3' });
    const reports = corpusFiles({
      version: 1,
      articles: [b, a],
      events: [],
      diagnostics: [
        { file: 'story.csv', line: 4, severity: 'error', message: 'empty text' },
        { file: 'broken.jsonl', severity: 'error', message: 'not JSON' },
      ],
    });
    expect(reports.map((r) => [r.file, r.articles.map((x) => x.id), r.errors, r.warnings])).toEqual([
      ['broken.jsonl', [], 1, 0],
      ['story.csv', ['b', 'a'], 1, 1],
    ]);
  });
  it('strips record suffixes only', () => {
    expect(fileOf('feed.jsonl:12')).toBe('feed.jsonl');
    expect(fileOf('000_x.txt')).toBe('000_x.txt');
    expect(fileOf('a#b.txt')).toBe('a#b.txt');
  });
});
