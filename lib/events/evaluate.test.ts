import { describe, expect, it } from 'vitest';
import { bcubed, chainedEvents, labelHalf, packEventDates } from './evaluate';

// Gold: a, b, c tell story x; d, e tell story y.
const gold = new Map([
  ['a', 'x'],
  ['b', 'x'],
  ['c', 'x'],
  ['d', 'y'],
  ['e', 'y'],
]);

const rounded = (s: { precision: number; recall: number; f1: number }) => ({
  precision: Number(s.precision.toFixed(4)),
  recall: Number(s.recall.toFixed(4)),
  f1: Number(s.f1.toFixed(4)),
});

describe('bcubed', () => {
  it('is 1 for the gold clustering, in any order', () => {
    expect(
      bcubed(
        [
          ['e', 'd'],
          ['c', 'a', 'b'],
        ],
        gold,
      ),
    ).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('loses precision, not recall, when everything is one group', () => {
    // a, b, c: 3/5 of the group shares their label; d, e: 2/5.
    expect(rounded(bcubed([['a', 'b', 'c', 'd', 'e']], gold))).toEqual({
      precision: 0.52,
      recall: 1,
      f1: 0.6842,
    });
  });

  it('loses recall, not precision, when every article stands alone', () => {
    // a, b, c each hold 1/3 of x; d, e each 1/2 of y.
    expect(rounded(bcubed([['a'], ['b'], ['c'], ['d'], ['e']], gold))).toEqual({
      precision: 1,
      recall: 0.4,
      f1: 0.5714,
    });
  });

  it('scores each article by its own group and class', () => {
    // a, b: P 1, R 2/3. c: P 1/3, R 1/3. d, e: P 2/3, R 1.
    expect(
      rounded(
        bcubed(
          [
            ['a', 'b'],
            ['c', 'd', 'e'],
          ],
          gold,
        ),
      ),
    ).toEqual({
      precision: 0.7333,
      recall: 0.7333,
      f1: 0.7333,
    });
  });

  it('leaves out articles without a label', () => {
    expect(
      bcubed(
        [
          ['a', 'b', 'c', 'unlabelled'],
          ['d', 'e'],
        ],
        gold,
      ),
    ).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts a labelled article the clustering left out as a group of its own', () => {
    // c alone: P 1, R 1/3; a, b: R 2/3.
    expect(
      rounded(
        bcubed(
          [
            ['a', 'b'],
            ['d', 'e'],
          ],
          gold,
        ),
      ),
    ).toEqual({ precision: 1, recall: 0.7333, f1: 0.8462 });
  });

  it('gives zeros when nothing is labelled', () => {
    expect(bcubed([['a']], new Map())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores one half: averages over its articles, and still counts the other half against precision', () => {
    // Only y scored. d: its group holds a, b, c too (P 1/4, R 1/2); e alone (P 1, R 1/2).
    const onlyY = (id: string) => gold.get(id) === 'y';
    expect(rounded(bcubed([['a', 'b', 'c', 'd'], ['e']], gold, onlyY))).toEqual({
      precision: 0.625,
      recall: 0.5,
      f1: 0.5556,
    });
    // A left-out article of the other half changes nothing.
    expect(bcubed([['d', 'e']], gold, onlyY)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('labelHalf', () => {
  it('splits labels into two halves by a hash of the label (FNV-1a), the same on every run', () => {
    expect(['127045', '127413', '177097', '178425', '273773', '299613'].map(labelHalf)).toEqual([
      0, 1, 0, 0, 0, 1,
    ]);
  });
});

describe('packEventDates', () => {
  it('starts event k on day k mod 7 of the first week and keeps each event’s own day offsets', () => {
    const labels = new Map([
      ['p1', 'pine'],
      ['p2', 'pine'],
      ['e1', 'elm'],
      ['o1', 'oak'],
      ['o2', 'oak'],
    ]);
    const articles = [
      { id: 'p1', date: '2015-06-01' },
      { id: 'p2', date: '2015-06-03' },
      { id: 'e1', date: '2010-01-10' },
      { id: 'o1', date: '2019-12-30' },
      { id: 'o2', date: '2020-01-02' },
      { id: 'loose', date: '2012-02-02' },
      { id: 'undated', date: null },
    ];
    // Events in date order: elm (day 0), pine (day 1), oak (day 2); the corpus starts 2010-01-10.
    expect(packEventDates(articles, labels)).toEqual([
      { id: 'p1', date: '2010-01-11' },
      { id: 'p2', date: '2010-01-13' },
      { id: 'e1', date: '2010-01-10' },
      { id: 'o1', date: '2010-01-12' },
      { id: 'o2', date: '2010-01-15' },
      { id: 'loose', date: '2012-02-02' },
      { id: 'undated', date: null },
    ]);
  });

  it('wraps the eighth event back to the first day', () => {
    const articles = Array.from({ length: 8 }, (_, k) => ({ id: `a${k}`, date: `2020-0${(k % 8) + 1}-01` }));
    const labels = new Map(articles.map((a) => [a.id, a.id]));
    expect(packEventDates(articles, labels).map((a) => a.date)).toEqual([
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
      '2020-01-04',
      '2020-01-05',
      '2020-01-06',
      '2020-01-07',
      '2020-01-01',
    ]);
  });
});

describe('chainedEvents', () => {
  const article = (id: string, date: string | null) => ({ id, date });
  const incidents = new Map([
    ['shot', 'i1'],
    ['named', 'i1'],
    ['arrest', 'i1'],
    ['trial', 'i1'],
    ['undated', 'i1'],
    ['other', 'i2'],
  ]);

  it('splits an incident where consecutive dates are more than 3 days apart, and chains the rest', () => {
    const labels = chainedEvents(
      [
        article('trial', '2016-05-01'),
        article('shot', '2015-01-01'),
        article('named', '2015-01-04'), // 3 days on: the same event
        article('arrest', '2015-01-07'), // 3 days after that: chained, 6 from the first
        article('undated', null),
        article('other', '2015-01-01'),
        article('unlabelled', '2015-01-01'),
      ],
      incidents,
    );
    expect(Object.fromEntries([...labels].sort(([x], [y]) => (x < y ? -1 : 1)))).toEqual({
      arrest: 'i1@2015-01-01',
      named: 'i1@2015-01-01',
      other: 'i2@2015-01-01',
      shot: 'i1@2015-01-01',
      trial: 'i1@2016-05-01',
      undated: 'i1@2015-01-01',
    });
  });

  it('opens a new event four days on', () => {
    const labels = chainedEvents([article('shot', '2015-01-01'), article('named', '2015-01-05')], incidents);
    expect([labels.get('shot'), labels.get('named')]).toEqual(['i1@2015-01-01', 'i1@2015-01-05']);
  });
});
