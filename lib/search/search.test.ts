import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../types';
import { buildSearchIndex, searchIndexBuilder, shardTerms } from './build';
import { searchDocuments } from './documents';
import { shardFileName, chunkPath, shardPath, readChunkDoc, writeCells } from './files';
import { decodePostings, rankHits, shardKeyFor, termPostings } from './query';
import { highlightTerms, queryTerms, snippetFragments } from './terms';
import { searchArticle } from './test-fixtures';

const index: CorpusIndex = {
  version: 1,
  articles: [
    searchArticle('a', 'afp', [
      'Strikes hit an airfield in Lutsk.',
      'Talks continued on Friday.',
      'Unrelated line.',
    ]),
    searchArticle('b', 'reuters', ['Missiles struck the Lutsk airfield.', 'Putin said talks progressed.']),
    searchArticle('c', 'ap', ['A constructor built the bridge.']),
  ],
  events: [
    {
      id: 'e1',
      date: '2022-03-11',
      title: 'Talks',
      articleIds: ['a', 'b'],
      rows: [
        { cells: { a: [0], b: [0] }, score: 0.8 },
        { cells: { a: [1], b: [1] }, score: 0.6 },
        { cells: { a: [2] }, score: 1 },
      ],
    },
    {
      id: 'e2',
      date: '2022-03-12',
      title: 'Bridge',
      articleIds: ['c'],
      rows: [{ cells: { c: [0] }, score: 1 }],
    },
  ],
  stories: [],
  diagnostics: [],
};

/** Run a query against built files the way the browser does: shard lookup, then AND ranking. */
function search(query: string, files = buildSearchIndex(index, { chunkSize: 2 })) {
  const shards = new Map(files.shards.map((s) => [s.key, s.terms]));
  const result = rankHits(
    queryTerms(query),
    (t) => {
      const key = shardKeyFor(t, files.meta.shards);
      return termPostings(key === undefined ? undefined : shards.get(key), t);
    },
    10,
  );
  return result.hits.map((h) => {
    const chunk = files.chunks[Math.floor(h.doc / files.meta.chunkSize)]!;
    const doc = chunk.docs[h.doc % files.meta.chunkSize]!;
    return `${chunk.events[doc.event]!.id}#r${doc.row}`;
  });
}

describe('searchDocuments', () => {
  it('makes one document per row, cells in article order, empty cells left out', () => {
    expect(searchDocuments(index)).toEqual([
      {
        event: 'e1',
        row: 1,
        cells: [
          { article: 'a', outlet: 'AFP', outletId: 'afp', text: 'Strikes hit an airfield in Lutsk.' },
          {
            article: 'b',
            outlet: 'REUTERS',
            outletId: 'reuters',
            text: 'Missiles struck the Lutsk airfield.',
          },
        ],
      },
      {
        event: 'e1',
        row: 2,
        cells: [
          { article: 'a', outlet: 'AFP', outletId: 'afp', text: 'Talks continued on Friday.' },
          { article: 'b', outlet: 'REUTERS', outletId: 'reuters', text: 'Putin said talks progressed.' },
        ],
      },
      {
        event: 'e1',
        row: 3,
        cells: [{ article: 'a', outlet: 'AFP', outletId: 'afp', text: 'Unrelated line.' }],
      },
      {
        event: 'e2',
        row: 1,
        cells: [{ article: 'c', outlet: 'AP', outletId: 'ap', text: 'A constructor built the bridge.' }],
      },
    ]);
  });
});

describe('search', () => {
  it('finds a row by a word any outlet used, stemmed', () => {
    expect(search('Lutsk')).toEqual(['e1#r1']);
    expect(search('talk')).toEqual(['e1#r2']);
    expect(search('airfields')).toEqual(['e1#r1']);
  });
  it('needs every term (AND) and finds nothing for an unknown or stopword-only query', () => {
    expect(search('Lutsk talks')).toEqual([]);
    expect(search('putin talks')).toEqual(['e1#r2']);
    expect(search('zebra')).toEqual([]);
    expect(search('the of')).toEqual([]);
  });
  it('does not mistake Object.prototype for a term', () => {
    expect(search('constructor')).toEqual(['e2#r1']);
    expect(search('hasOwnProperty')).toEqual([]);
  });
  it('ranks the row where the term weighs more first, ties by document order', () => {
    const files = buildSearchIndex({
      ...index,
      articles: [
        searchArticle('x', 'afp', [
          'Lutsk, Lutsk and Lutsk again today.',
          'Lutsk once in a long sentence here.',
        ]),
      ],
      events: [
        {
          id: 'e9',
          date: null,
          title: 't',
          articleIds: ['x'],
          rows: [
            { cells: { x: [1] }, score: 1 },
            { cells: { x: [0] }, score: 1 },
          ],
        },
      ],
    });
    expect(search('lutsk', files)).toEqual(['e9#r2', 'e9#r1']);
  });
  it('writes a cell that repeats an earlier cell of its row as a reference to it, and reads it back whole', () => {
    const cells = [
      { outlet: 'AFP', text: 'Talks ended.' },
      { outlet: 'AP', text: 'Talks ended without progress.' },
      { outlet: 'Mint', text: 'Talks ended.' },
      { outlet: 'Reuters', text: 'Talks ended.' },
    ];
    const written = writeCells(cells);
    expect(written).toEqual([
      { outlet: 'AFP', text: 'Talks ended.' },
      { outlet: 'AP', text: 'Talks ended without progress.' },
      { outlet: 'Mint', same: 0 },
      { outlet: 'Reuters', same: 0 },
    ]);
    expect(readChunkDoc({ event: 0, row: 3, cells: written })).toEqual({ event: 0, row: 3, cells });
    // Chunks written before `same` hold every text; they read as they are.
    expect(readChunkDoc({ event: 0, row: 3, cells })).toEqual({ event: 0, row: 3, cells });
  });
  it('gives the same files for the same index', () => {
    expect(JSON.stringify(buildSearchIndex(index))).toBe(JSON.stringify(buildSearchIndex(index)));
  });
  it('gives the same files fed one event at a time, each with only its own articles', () => {
    const chunks: unknown[] = [];
    const builder = searchIndexBuilder({ chunkSize: 3 }, (chunk, n) => chunks.push([n, chunk]));
    builder.add(index.events[0]!, index.articles.slice(0, 2));
    expect(chunks).toHaveLength(1); // a full chunk goes out before the next event comes
    builder.add(index.events[1]!, index.articles.slice(2));
    const whole = buildSearchIndex(index, { chunkSize: 3 });
    expect({ ...builder.finish(), chunks: chunks.map((c) => (c as [number, unknown])[1]) }).toEqual(whole);
    expect(chunks.map((c) => (c as [number, unknown])[0])).toEqual([0, 1]);
  });
  it('chunks documents with their events', () => {
    const files = buildSearchIndex(index, { chunkSize: 3 });
    expect(files.meta.docs).toBe(4);
    expect(files.chunks.map((c) => c.events.map((e) => e.id))).toEqual([['e1'], ['e2']]);
    expect(files.chunks[0]!.events[0]).toEqual({
      id: 'e1',
      title: 'Talks',
      date: '2022-03-11',
      outlets: ['AFP', 'REUTERS'],
    });
  });
});

describe('postings', () => {
  it('are gap coded', () => {
    expect([...decodePostings([3, 10, 2, 20, 1, 5])]).toEqual([
      [3, 10],
      [5, 20],
      [6, 5],
    ]);
  });
  it('rank by summed weight then document', () => {
    const lists: Record<string, number[]> = { a: [0, 5, 1, 5, 1, 9], b: [1, 1, 1, 1] };
    expect(rankHits(['a', 'b'], (t) => lists[t], 10)).toEqual({
      total: 2,
      hits: [
        { doc: 2, score: 10 },
        { doc: 1, score: 6 },
      ],
    });
    expect(rankHits(['a'], (t) => lists[t], 1)).toEqual({ total: 3, hits: [{ doc: 2, score: 9 }] });
  });
});

describe('shards', () => {
  it('lengthen the prefix only where a group passes the budget', () => {
    const terms = ['ka', 'kab', 'kac', 'kad', 'lo', 'lu'];
    const groups = shardTerms(terms, () => 10, 30);
    expect([...groups.entries()]).toEqual([
      ['ka', ['ka']],
      ['kab', ['kab']],
      ['kac', ['kac']],
      ['kad', ['kad']],
      ['l', ['lo', 'lu']],
    ]);
  });
  it('find a term by its longest listed prefix', () => {
    expect(shardKeyFor('kabul', ['k', 'ka', 'kab', 'l'])).toBe('kab');
    expect(shardKeyFor('lutsk', ['k', 'ka', 'kab', 'l'])).toBe('l');
    expect(shardKeyFor('zebra', ['k', 'l'])).toBeUndefined();
  });
  it('name files portably', () => {
    expect(shardFileName('ab')).toBe('ab.json');
    expect(shardFileName('é')).toBe('_E9_.json');
    expect(shardFileName("o'-")).toBe('o_27__2D_.json');
    expect(shardPath('x')).toBe('terms/x.json');
    expect(chunkPath(3)).toBe('docs/3.json');
  });
  it('every term is reachable from the meta list', () => {
    const files = buildSearchIndex(index, { shardBytes: 40 });
    const byKey = new Map(files.shards.map((s) => [s.key, s.terms]));
    for (const { terms } of files.shards) {
      for (const term of Object.keys(terms)) {
        expect(termPostings(byKey.get(shardKeyFor(term, files.meta.shards)!), term)).toBe(terms[term]);
      }
    }
    expect(files.shards.length).toBeGreaterThan(5);
  });
});

describe('highlightTerms', () => {
  it('marks the words whose stems were searched, keeping the original characters', () => {
    expect(highlightTerms('Moscow’s talks in Lutsk, talked.', queryTerms('talk lutsk'))).toEqual([
      { text: 'Moscow’s ', mark: false },
      { text: 'talks', mark: true },
      { text: ' in ', mark: false },
      { text: 'Lutsk', mark: true },
      { text: ', ', mark: false },
      { text: 'talked', mark: true },
      { text: '.', mark: false },
    ]);
    expect(highlightTerms('Nothing here.', ['zebra'])).toEqual([{ text: 'Nothing here.', mark: false }]);
  });
});

describe('snippetFragments', () => {
  it('keeps a short text whole', () => {
    expect(snippetFragments('Talks in Lutsk.', ['lutsk'])).toEqual([
      { text: 'Talks in ', mark: false },
      { text: 'Lutsk', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('cuts a long text at spaces around the first match', () => {
    const text = 'one two three four five six seven eight Lutsk nine ten eleven twelve thirteen';
    expect(snippetFragments(text, ['lutsk'], 30)).toEqual([
      { text: '…', mark: false },
      { text: 'eight ', mark: false },
      { text: 'Lutsk', mark: true },
      { text: ' nine ten eleven', mark: false },
      { text: '…', mark: false },
    ]);
  });
});
