import { describe, expect, it } from 'vitest';
import {
  CORPUS_PAGE_ARTICLES,
  corpusFiles,
  corpusPageArticles,
  corpusPagePath,
  corpusPages,
  fileOf,
  type FileReport,
} from './corpus';
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

describe('corpusPages', () => {
  const file = (name: string, articles: number): FileReport => ({
    file: name,
    articles: Array.from({ length: articles }, (_, i) => ({
      id: `${name}-${i}`,
      title: 't',
      outlet: 'AFP',
      date: null,
      warnings: [],
      removed: 0,
    })),
    diagnostics: [],
    errors: articles === 0 ? 1 : 0,
    warnings: 0,
  });
  const names = (pages: FileReport[][]) => pages.map((p) => p.map((f) => f.file));

  it('keeps files whole and in order, a page up to the size in articles', () => {
    const files = [file('a', 2), file('b', 0), file('c', 1), file('d', 3), file('e', 1)];
    // a (2) + b (counts 1) + c (1) = 4; d would make 7 > 5, so it opens page 2; e fits beside it.
    expect(names(corpusPages(files, 5))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('gives a file larger than a page a page of its own, and never an empty page', () => {
    expect(names(corpusPages([file('a', 1), file('big', 12), file('c', 1)], 5))).toEqual([
      ['a'],
      ['big'],
      ['c'],
    ]);
    expect(names(corpusPages([], 5))).toEqual([[]]);
  });

  it('holds every file once at the default size', () => {
    const files = Array.from({ length: 2500 }, (_, i) => file(`f${String(i).padStart(4, '0')}`, 1));
    const pages = corpusPages(files);
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 500]);
    expect(pages.flat()).toEqual(files);
  });

  it('takes its size from PARALLAX_CORPUS_PAGE_ARTICLES only when that is a whole number from 1', () => {
    expect(corpusPageArticles({ PARALLAX_CORPUS_PAGE_ARTICLES: '3' })).toBe(3);
    for (const raw of [undefined, '', '0', '-2', '2.5', '1e3', ' 4']) {
      expect(corpusPageArticles({ PARALLAX_CORPUS_PAGE_ARTICLES: raw })).toBe(CORPUS_PAGE_ARTICLES);
    }
  });

  it('names the first page /corpus/ and the others by number', () => {
    expect([1, 2, 10].map(corpusPagePath)).toEqual(['/corpus/', '/corpus/2/', '/corpus/10/']);
  });
});
