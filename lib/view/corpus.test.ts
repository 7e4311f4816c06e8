import { describe, expect, it } from 'vitest';
import { corpusFiles, fileOf } from './corpus';
import { article } from './test-fixtures';

describe('corpusFiles', () => {
  it('groups records by their file and counts problems', () => {
    const a = article('a', 'afp', [], { file: 'story.csv#2', warnings: ['no date'] });
    const b = article('b', 'ap', [], {
      file: 'story.csv#3',
      removed: [{ text: 'Home / World', reason: 'navigation trail' }],
    });
    const reports = corpusFiles({
      version: 1,
      articles: [b, a],
      events: [{ id: 'e', date: null, title: 'E', articleIds: ['a', 'b'], rows: [] }],
      stories: [],
      diagnostics: [
        { file: 'story.csv', line: 4, severity: 'error', message: 'empty text' },
        { file: 'broken.jsonl', severity: 'error', message: 'not JSON' },
      ],
    });
    expect(reports.map((r) => [r.file, r.articles.map((x) => x.id), r.errors, r.warnings])).toEqual([
      ['broken.jsonl', [], 1, 0],
      ['story.csv', ['b', 'a'], 1, 1],
    ]);
    expect(reports[1]?.articles[0]).toEqual({
      id: 'b',
      title: 'Title of b',
      outlet: 'AP',
      date: '2022-03-11',
      warnings: [],
      removed: 1,
      event: { id: 'e', title: 'E', size: 2 },
    });
  });
  it('strips record suffixes only', () => {
    expect(fileOf('feed.jsonl:12')).toBe('feed.jsonl');
    expect(fileOf('000_x.txt')).toBe('000_x.txt');
    expect(fileOf('a#b.txt')).toBe('a#b.txt');
  });
});
