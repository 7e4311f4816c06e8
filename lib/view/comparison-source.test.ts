import { describe, expect, it } from 'vitest';
import { buildComparison, pairComparison } from './comparison';
import { encodeEventFile } from '../export/event-file';
import { comparisonFromData, rowCarrierKeys } from './comparison-source';
import { article, event } from './test-fixtures';

describe('comparisonFromData', () => {
  const para = (text: string) => [{ kind: 'paragraph' as const, text }];
  const articles = [
    article('a1', 'afp', para('Talks ended. No progress was made. Casualties were reported.')),
    article('r1', 'reuters', para('Talks ended without progress. A hospital was hit.')),
    article('p1', 'press-tv', para('The talks ended. Sanctions were discussed.')),
  ];
  const ev = event(
    'e',
    ['a1', 'r1', 'p1'],
    [{ a1: [0], r1: [0], p1: [0] }, { a1: [1], r1: [0] }, { a1: [2] }, { p1: [1] }],
  );

  it('rebuilds the comparison the server built, for the event and for a pair, from the file as written', () => {
    const full = buildComparison(ev, articles);
    // As the browser gets it: the written form (ids as indices), through JSON.
    const file = JSON.parse(JSON.stringify(encodeEventFile({ version: 1, event: ev, articles })));
    expect(file.articles[0].sentences[0]).toBe('Talks ended.');
    expect(comparisonFromData(file)).toEqual(full);
    const [a, b] = full.columns.map((c) => c.key);
    expect(comparisonFromData(file, [a!, b!])).toEqual(pairComparison(full, a!, b!));
    // The plain form a browser may hold from a build before format 2.
    expect(comparisonFromData({ version: 1, event: ev, articles })).toEqual(full);
  });

  it('lists the columns that carry each row, in column order', () => {
    const full = buildComparison(ev, articles);
    const carriers = rowCarrierKeys(full);
    expect(Object.keys(carriers).map(Number)).toEqual(full.rows.map((r) => r.n));
    for (const row of full.rows) {
      expect(carriers[row.n]).toEqual(full.columns.map((c) => c.key).filter((k) => row.cells[k]));
    }
  });
});
