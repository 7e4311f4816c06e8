import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { emptyRegistry } from '../events/ids';
import { buildIndex } from '../pipeline/assemble';
import { stableStringify } from '../pipeline/output/json';
import type { Event, Insight } from '../types';
import { article } from '../view/test-fixtures';
import { articlesById, eventData, type EventData } from './data';
import { decodeEventFile, encodeEventFile, EVENT_FILE_FORMAT, insightWords } from './event-file';

// Sentences split at each `. ` (lib/view/test-fixtures.ts); the last block has two spaces between its sentences, so
// it is not its sentences joined by one and its text is written.
const a = article('a1', 'afp', [
  { kind: 'heading', text: 'Talks' },
  { kind: 'paragraph', text: 'Putin spoke in Lutsk. Talks went on.' },
  { kind: 'paragraph', text: 'Kyiv was hit.  Twice.' },
]);
const b = article('b1', 'reuters', [{ kind: 'paragraph', text: 'Putin said so in Lutzk.' }]);
const name: Insight = {
  kind: 'name',
  scope: 'event',
  articles: ['a1', 'b1'],
  outlets: ['afp', 'reuters'],
  rows: [0],
  words: ['Lutsk', 'Lutzk'],
  label: [{ word: 'Lutsk' }, { text: ' (' }, { outlet: 'afp' }, { text: ')' }],
  variants: [
    { spelling: 'Lutsk', articles: ['a1'], outlets: ['afp'] },
    { spelling: 'Lutzk', articles: ['b1'], outlets: ['reuters'] },
  ],
};
const pair: Insight = {
  kind: 'wording',
  scope: 'pair',
  articles: ['a1', 'b1'],
  outlets: ['afp', 'reuters'],
  rows: [0],
  words: ['spoke', 'said'],
  label: [{ text: 'AFP and Reuters swap 1 wording' }],
  swaps: [{ row: 0, from: 'spoke', to: 'said', fromArticles: ['a1'], toArticles: ['b1'] }],
};
const event: Event = {
  id: 'e1',
  date: '2022-03-11',
  title: 'Talks',
  articleIds: ['a1', 'b1'],
  rows: [
    {
      cells: { a1: [0], b1: [0] },
      score: 0.7123,
      links: [{ a: 'a1', b: 'b1', score: 0.7123 }],
    },
    { cells: { a1: [1] }, score: 1 },
    { cells: { a1: [2] }, score: 1 },
  ],
  related: [{ a: 'a1', ai: [2], b: 'b1', bi: [0], score: 0.3, shared: ['Putin'] }],
  insights: [name, pair],
};
const data: EventData = { version: 1, event, articles: [a, b] };

describe('encodeEventFile', () => {
  it('writes ids as indices, sentences once, and no field its other fields give', () => {
    expect(encodeEventFile(data)).toEqual({
      format: EVENT_FILE_FORMAT,
      version: 1,
      event: {
        id: 'e1',
        date: '2022-03-11',
        title: 'Talks',
        rows: [
          { cells: { 0: [0], 1: [0] }, score: 0.7123, links: [{ a: 0, b: 1, score: 0.7123 }] },
          { cells: { 0: [1] }, score: 1 },
          { cells: { 0: [2] }, score: 1 },
        ],
        related: [{ a: 0, ai: [2], b: 1, bi: [0], score: 0.3, shared: ['Putin'] }],
        insights: [
          {
            kind: 'name',
            scope: 'event',
            articles: [0, 1],
            rows: [0],
            label: [{ word: 'Lutsk' }, { text: ' (' }, { outlet: 'afp' }, { text: ')' }],
            variants: [
              { spelling: 'Lutsk', articles: [0] },
              { spelling: 'Lutzk', articles: [1] },
            ],
          },
          {
            kind: 'wording',
            scope: 'pair',
            articles: [0, 1],
            rows: [0],
            label: [{ text: 'AFP and Reuters swap 1 wording' }],
            swaps: [{ row: 0, from: 'spoke', to: 'said' }],
          },
        ],
      },
      articles: [
        {
          ...a,
          blocks: [
            { kind: 'heading', sentences: 0, text: 'Talks' },
            { kind: 'paragraph', sentences: 2 },
            { kind: 'paragraph', sentences: 2, text: 'Kyiv was hit.  Twice.' },
          ],
          sentences: ['Putin spoke in Lutsk.', 'Talks went on.', 'Kyiv was hit.', 'Twice.'],
        },
        { ...b, blocks: [{ kind: 'paragraph', sentences: 1 }], sentences: ['Putin said so in Lutzk.'] },
      ],
    });
  });

  it('keeps a derivable field that says something else, so nothing is lost', () => {
    const odd: Insight = {
      ...pair,
      outlets: ['afp', 'afp'],
      words: ['spoke'],
      swaps: [{ row: 0, from: 'spoke', to: 'said', fromArticles: ['b1'], toArticles: ['a1'] }],
    } as Insight;
    const file = encodeEventFile({ ...data, event: { ...event, insights: [odd] } });
    expect(file.event.insights![0]).toMatchObject({
      outlets: ['afp', 'afp'],
      words: ['spoke'],
      swaps: [{ row: 0, from: 'spoke', to: 'said', fromArticles: [1], toArticles: [0] }],
    });
    expect(decodeEventFile(file).event.insights).toEqual([odd]);
  });

  it('refuses an id the event does not hold and articles out of articleIds order', () => {
    const stray: Event = { ...event, rows: [{ cells: { x9: [0] }, score: 1 }] };
    expect(() => encodeEventFile({ ...data, event: stray })).toThrow('refers to article x9');
    expect(() => encodeEventFile({ ...data, articles: [b, a] })).toThrow('articleIds order');
  });
});

describe('decodeEventFile', () => {
  it('gives back the event and articles as they were', () => {
    expect(decodeEventFile(JSON.parse(JSON.stringify(encodeEventFile(data))))).toEqual(data);
  });

  it('takes the plain form of earlier builds as it is, and names a format it does not know', () => {
    expect(decodeEventFile(data)).toBe(data);
    const later = { ...encodeEventFile(data), format: 3 } as unknown as Parameters<typeof decodeEventFile>[0];
    expect(() => decodeEventFile(later)).toThrow('Event file format 3: this reader knows 2');
    const file = encodeEventFile(data);
    file.event.rows[0]!.cells = { 5: [0] };
    expect(() => decodeEventFile(file)).toThrow('refers to article 5 of 2');
  });
});

describe('the event file on the real pipeline', () => {
  // The seeds and the hostile fixtures (Unicode, formulas, markup), built as `npm run build` builds them.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-event-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.resolve('data', 'corpus'), dir, { recursive: true });
  cpSync(path.resolve('data', 'fixtures', 'hostile'), dir, { recursive: true });
  const { index } = buildIndex(loadCorpus(dir), emptyRegistry());
  const byId = articlesById(index);

  it('round-trips every event, insights of every kind included, in about half the bytes', () => {
    const kinds = new Set<string>();
    let plain = 0;
    let written = 0;
    for (const e of index.events) {
      const full = eventData(index, e, byId);
      const text = stableStringify(encodeEventFile(full));
      expect(JSON.parse(stableStringify(decodeEventFile(JSON.parse(text))))).toEqual(
        JSON.parse(stableStringify(full)),
      );
      for (const i of e.insights ?? []) {
        kinds.add(`${i.kind}/${i.scope}`);
        expect(i.words, `${i.kind}/${i.scope} words as lib/insights makes them`).toEqual(insightWords(i));
      }
      plain += stableStringify(full).length;
      written += text.length;
    }
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'copy/pair',
        'copy/row',
        'name/event',
        'number/row',
        'quote/row',
        'wording/row',
      ]),
    );
    expect(written / plain).toBeLessThan(0.6);
  });
});
