import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../types';
import { buildSearchIndex } from './build';
import {
  countByOutlet,
  dateRanges,
  decodeDocIds,
  documentFilter,
  isoDate,
  readSearchParams,
  searchParamsString,
  type SearchFilter,
} from './filters';
import { chunkPath, outletPath, shardPath } from './files';
import { searchIndex } from './run';
import { searchArticle } from './test-fixtures';

// Three events on three days (one undated): AFP and Reuters share a row on 03-01, Reuters alone says it on 03-05,
// AP on the undated one; two AFP articles share the last row of 03-01.
const index: CorpusIndex = {
  version: 1,
  articles: [
    searchArticle('a1', 'afp', ['Strikes hit Lutsk.', 'Only AFP on Lutsk.'], null),
    searchArticle('a2', 'afp', ['AFP again on Lutsk.'], null),
    searchArticle('r1', 'reuters', ['Missiles struck Lutsk.'], null),
    searchArticle('r2', 'reuters', ['Lutsk mayor spoke.'], null),
    searchArticle('p1', 'ap', ['Lutsk was quiet.'], null),
  ],
  events: [
    {
      id: 'e1',
      date: '2022-03-01',
      title: 'Strikes',
      articleIds: ['a1', 'a2', 'r1'],
      rows: [
        { cells: { a1: [0], r1: [0] }, score: 0.8 },
        { cells: { a1: [1], a2: [0] }, score: 0.6 },
      ],
    },
    {
      id: 'e2',
      date: '2022-03-05',
      title: 'Mayor',
      articleIds: ['r2'],
      rows: [{ cells: { r2: [0] }, score: 1 }],
    },
    { id: 'e3', date: null, title: 'Quiet', articleIds: ['p1'], rows: [{ cells: { p1: [0] }, score: 1 }] },
  ],
  stories: [],
  diagnostics: [],
};

const files = buildSearchIndex(index, { chunkSize: 2 });

/** Search the built files as the search page does (lib/search/run.ts), read from memory. */
async function search(query: string, filter: SearchFilter): Promise<string[]> {
  const byPath = new Map<string, unknown>([['meta.json', files.meta]]);
  for (const s of files.shards) byPath.set(shardPath(s.key), s.terms);
  files.chunks.forEach((c, i) => byPath.set(chunkPath(i), c));
  for (const o of files.outlets) byPath.set(outletPath(o.id), o.docs);
  const run = await searchIndex(async <T>(p: string) => byPath.get(p) as T | undefined, query, filter, 10);
  return (run?.shown ?? []).map(({ doc, event }) => `${event.id}#r${doc.row}`).sort();
}

const none: SearchFilter = { outlets: [], from: null, to: null };

describe('the filter data in the index', () => {
  it('lists every outlet with its rows, counting a row two articles of one outlet share once', async () => {
    expect(files.meta.outlets).toEqual([
      { id: 'afp', name: 'AFP' },
      { id: 'ap', name: 'AP' },
      { id: 'reuters', name: 'REUTERS' },
    ]);
    expect(files.outlets).toEqual([
      { id: 'afp', docs: [0, 1] },
      { id: 'ap', docs: [3] },
      { id: 'reuters', docs: [0, 2] },
    ]);
  });
  it('holds one day run per date in document order, undated as empty', async () => {
    expect(files.meta.days).toEqual([
      ['2022-03-01', 0],
      ['2022-03-05', 2],
      ['', 3],
    ]);
  });
});

describe('filtered search', () => {
  it('finds every row without a filter', async () => {
    expect(await search('lutsk', none)).toEqual(['e1#r1', 'e1#r2', 'e2#r1', 'e3#r1']);
  });
  it('keeps the rows an outlet has a sentence in, not every row of its events', async () => {
    expect(await search('lutsk', { ...none, outlets: ['reuters'] })).toEqual(['e1#r1', 'e2#r1']);
    expect(await search('lutsk', { ...none, outlets: ['afp'] })).toEqual(['e1#r1', 'e1#r2']);
  });
  it('takes any of several outlets, and nothing for an outlet the index does not know', async () => {
    expect(await search('lutsk', { ...none, outlets: ['ap', 'reuters'] })).toEqual([
      'e1#r1',
      'e2#r1',
      'e3#r1',
    ]);
    expect(await search('lutsk', { ...none, outlets: ['bbc'] })).toEqual([]);
  });
  it('keeps the events of the dates asked for, both ends included, undated ones left out', async () => {
    expect(await search('lutsk', { ...none, from: '2022-03-05' })).toEqual(['e2#r1']);
    expect(await search('lutsk', { ...none, to: '2022-03-01' })).toEqual(['e1#r1', 'e1#r2']);
    expect(await search('lutsk', { ...none, from: '2022-03-01', to: '2022-03-05' })).toEqual([
      'e1#r1',
      'e1#r2',
      'e2#r1',
    ]);
    expect(await search('lutsk', { ...none, from: '2022-03-02', to: '2022-03-04' })).toEqual([]);
  });
  it('combines outlet and date', async () => {
    expect(await search('lutsk', { outlets: ['reuters'], from: '2022-03-02', to: null })).toEqual(['e2#r1']);
  });
});

describe('dateRanges', () => {
  it('merges adjacent runs and ends the last at the document count', async () => {
    const days: [string, number][] = [
      ['2022-03-01', 0],
      ['2022-03-02', 4],
      ['2022-03-03', 9],
      ['', 12],
    ];
    expect(dateRanges(days, 15, '2022-03-01', '2022-03-02')).toEqual([[0, 9]]);
    expect(dateRanges(days, 15, '2022-03-03', null)).toEqual([[9, 12]]);
    expect(dateRanges(days, 15, null, null)).toEqual([[0, 15]]);
    expect(dateRanges([], 0, '2022-03-01', null)).toEqual([]);
  });
  it('works when dates come back in document order (events not sorted by date)', async () => {
    const days: [string, number][] = [
      ['2022-03-02', 0],
      ['2022-03-01', 2],
      ['2022-03-02', 5],
    ];
    expect(dateRanges(days, 7, '2022-03-02', '2022-03-02')).toEqual([
      [0, 2],
      [5, 7],
    ]);
  });
});

describe('documentFilter', () => {
  it('needs both the date and one of the outlets', async () => {
    const keep = documentFilter(
      [
        [0, 3],
        [5, 6],
      ],
      [[1, 5, 7], [2]],
    );
    expect([0, 1, 2, 3, 4, 5, 6, 7].filter(keep)).toEqual([1, 2, 5]);
    expect([0, 3, 9].filter(documentFilter(null, null))).toEqual([0, 3, 9]);
    expect([0, 3, 9].filter(documentFilter(null, []))).toEqual([]);
  });
});

describe('countByOutlet', () => {
  it('counts a row for every outlet that carries it', async () => {
    expect(
      countByOutlet(
        [0, 2, 4],
        [
          { id: 'afp', docs: [0, 1, 2] },
          { id: 'reuters', docs: [2, 3] },
          { id: 'ap', docs: [] },
        ],
      ),
    ).toEqual([
      { id: 'afp', count: 2 },
      { id: 'reuters', count: 1 },
      { id: 'ap', count: 0 },
    ]);
  });
  it('decodes gap-coded ids', async () => {
    expect(decodeDocIds([3, 1, 4])).toEqual([3, 4, 8]);
    expect(decodeDocIds([])).toEqual([]);
  });
});

describe('search URLs', () => {
  it('read a permalink back as the search it was', async () => {
    const url = '?q=talks&outlet=reuters&outlet=AFP&outlet=reuters&from=2022-03-01&to=2022-03-31';
    const read = readSearchParams(new URLSearchParams(url));
    expect(read).toEqual({
      query: 'talks',
      filter: { outlets: ['afp', 'reuters'], from: '2022-03-01', to: '2022-03-31' },
    });
    expect(searchParamsString(read.query, read.filter)).toBe(
      'q=talks&outlet=afp&outlet=reuters&from=2022-03-01&to=2022-03-31',
    );
    expect(readSearchParams(new URLSearchParams(searchParamsString(read.query, read.filter)))).toEqual(read);
  });
  it('leave out what is not set, and drop dates that are not dates', async () => {
    expect(searchParamsString('Lutsk', { outlets: [], from: null, to: null })).toBe('q=Lutsk');
    expect(readSearchParams(new URLSearchParams('q=x&from=2022-02-30&to=March'))).toEqual({
      query: 'x',
      filter: { outlets: [], from: null, to: null },
    });
  });
  it('turn a backwards range round', async () => {
    expect(readSearchParams(new URLSearchParams('q=x&from=2022-03-31&to=2022-03-01')).filter).toEqual({
      outlets: [],
      from: '2022-03-01',
      to: '2022-03-31',
    });
  });
  it('know a calendar date', async () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('2023-02-29')).toBeNull();
    expect(isoDate('2022-3-1')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});
