import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  orderRows,
  classifyRow,
  comparisonColumns,
  defaultBase,
  defaultVisibleColumns,
  pairComparison,
  pairSlugs,
  type Comparison,
} from './comparison';
import { article, event } from './test-fixtures';

const afp = article('a1', 'afp', [
  { kind: 'paragraph', text: 'Putin spoke on Friday. Talks go on.' },
  { kind: 'heading', text: 'Hospital hit' },
  { kind: 'paragraph', text: 'A hospital was hit.' },
]);
const reuters = article(
  'r1',
  'reuters',
  [{ kind: 'paragraph', text: 'Putin spoke on Friday. Talks continue daily.' }],
  {
    url: 'https://www.reuters.com/x',
  },
);
const presstv = article('p1', 'press-tv', [{ kind: 'paragraph', text: 'PUTIN SPOKE ON FRIDAY.' }], {
  url: 'javascript:alert(1)',
});
const ev = event(
  'e1',
  ['a1', 'r1', 'p1'],
  [{ a1: [0], r1: [0], p1: [0] }, { a1: [1], r1: [1] }, { a1: [2] }, { zz: [0] }],
);

describe('comparisonColumns', () => {
  it('keys columns by outlet id, numbering a second article of the same outlet', () => {
    const second = article('r2', 'reuters', [{ kind: 'paragraph', text: 'Again.' }]);
    expect(comparisonColumns([reuters, afp, second]).map((c) => c.key)).toEqual([
      'reuters',
      'afp',
      'reuters-2',
    ]);
  });
  it('links only http(s) URLs', () => {
    const cols = comparisonColumns([reuters, presstv]);
    expect(cols[0]?.url).toBe('https://www.reuters.com/x');
    expect(cols[1]?.url).toBeUndefined();
  });
});

describe('buildComparison', () => {
  const cmp = buildComparison(ev, [afp, reuters, presstv]);
  it('gives cell texts per column key, keeps row numbers, drops rows with no known article', () => {
    expect(cmp.rows.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(cmp.rows[0]?.cells).toEqual({
      afp: { text: 'Putin spoke on Friday.', headings: [], at: 0 },
      reuters: { text: 'Putin spoke on Friday.', headings: [], at: 0 },
      'press-tv': { text: 'PUTIN SPOKE ON FRIDAY.', headings: [], at: 0 },
    });
  });
  it('puts a heading above the first sentence after it', () => {
    expect(cmp.rows[2]?.cells.afp).toEqual({
      text: 'A hospital was hit.',
      headings: ['Hospital hit'],
      at: 2,
    });
  });
  it('joins a span of sentences in order', () => {
    const merged = buildComparison(event('e2', ['a1'], [{ a1: [1, 0] }]), [afp]);
    expect(merged.rows[0]?.cells.afp?.text).toBe('Putin spoke on Friday. Talks go on.');
  });

  it('classifies rows against the shown columns', () => {
    const keys = ['afp', 'reuters', 'press-tv'];
    expect(cmp.rows.map((r) => classifyRow(r, keys))).toEqual(['same', 'partial', 'unique']);
    expect(classifyRow(cmp.rows[1]!, ['afp', 'reuters'])).toBe('differs');
    expect(classifyRow(cmp.rows[2]!, ['reuters', 'press-tv'])).toBe('empty');
    expect(classifyRow(cmp.rows[2]!, ['afp'])).toBe('same');
  });

  it('chooses the most complete columns and a base among them, in column order', () => {
    expect(defaultVisibleColumns(cmp, 2)).toEqual(['afp', 'reuters']);
    expect(defaultVisibleColumns(cmp, 3)).toEqual(['afp', 'reuters', 'press-tv']);
    expect(defaultBase(cmp, ['reuters', 'press-tv'])).toBe('reuters');
    expect(defaultBase(cmp, [])).toBeUndefined();
  });

  it('with outlets hidden, bases the view on the telling most outlets share, not the one with most of its own', () => {
    const wide = (key: string) => ({ ...cmp.columns[0]!, key, outlet: { id: key, name: key } });
    const rows: Comparison['rows'] = [
      // The wire text: carried by w1, w2, w3, w4.
      ...[0, 1].map((i) => ({
        n: i + 1,
        cells: Object.fromEntries(
          ['w1', 'w2', 'w3', 'w4'].map((k) => [k, { text: `wire ${i}`, headings: [], at: i }]),
        ),
      })),
      // An outlet's own reporting: more passages, each carried by it alone.
      ...[0, 1, 2].map((i) => ({ n: i + 3, cells: { own: { text: `own ${i}`, headings: [], at: i } } })),
    ];
    const c: Comparison = { ...cmp, columns: ['own', 'w1', 'w2', 'w3', 'w4'].map(wide), rows };
    // Three of five shown: the wire text is the base.
    expect(defaultBase(c, ['own', 'w1', 'w2'])).toBe('w1');
    // Every outlet shown: the fullest telling, as before.
    expect(defaultBase({ ...c, columns: c.columns.slice(0, 2) }, ['own', 'w1'])).toBe('own');
  });

  it('restricts to a pair, keeping the event row numbers', () => {
    const pair = pairComparison(cmp, 'press-tv', 'reuters');
    expect(pair.columns.map((c) => c.key)).toEqual(['reuters', 'press-tv']);
    expect(pair.rows.map((r) => [r.n, Object.keys(r.cells)])).toEqual([
      [1, ['press-tv', 'reuters']],
      [2, ['reuters']],
    ]);
  });
});

describe('pairSlugs', () => {
  it('lists every pair once, ids sorted inside and across', () => {
    const cols = comparisonColumns([reuters, afp, presstv]);
    expect(pairSlugs(cols).map((p) => p.slug)).toEqual([
      'afp-vs-press-tv',
      'afp-vs-reuters',
      'press-tv-vs-reuters',
    ]);
    expect(pairSlugs(cols.slice(0, 1))).toEqual([]);
  });
});

describe('orderRows', () => {
  // Row n, then cells as key -> sentence index.
  const row = (n: number, at: Record<string, number>) => ({
    n,
    cells: Object.fromEntries(
      Object.entries(at).map(([k, i]) => [k, { text: `${k}${i}`, headings: [], at: i }]),
    ),
  });
  const rows = [
    row(1, { b: 0 }), // only b, before any shared row
    row(2, { a: 1, b: 1 }),
    row(3, { a: 0, b: 3 }), // a and b tell these two in opposite order
    row(4, { b: 2 }), // only b, after row 2 in b's order
    row(5, { c: 0 }), // only c: no anchor
    row(6, { a: 2 }),
  ];
  it('follows the base column and hangs the others after their predecessor', () => {
    expect(orderRows(rows, 'a', ['a', 'b', 'c']).map((r) => r.n)).toEqual([1, 5, 3, 2, 4, 6]);
    // Row 6 follows row 2 because column a prints it right after row 2's sentence.
    expect(orderRows(rows, 'b', ['a', 'b', 'c']).map((r) => r.n)).toEqual([5, 1, 2, 6, 4, 3]);
  });
  it('puts rows no shown column carries last, by number', () => {
    expect(orderRows(rows, 'a', ['a']).map((r) => r.n)).toEqual([3, 2, 6, 1, 4, 5]);
  });
});
