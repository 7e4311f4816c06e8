import { describe, expect, it } from 'vitest';
import { alignEvent, type AlignArticle } from './align';
import { loadSeedArticles } from './seed-helper';

/** Rows as readable strings: `a:0 b:1-2` per row, cells in article-id order; scores left out. */
function layout(articles: readonly AlignArticle[], options = {}): string[] {
  return alignEvent(articles, options).map((row) =>
    Object.keys(row.cells)
      .sort()
      .map((id) => {
        const span = row.cells[id]!;
        return span.length === 1 ? `${id}:${span[0]}` : `${id}:${span[0]}-${span[span.length - 1]}`;
      })
      .join(' '),
  );
}

const A_TEXT = [
  'The central bank raised interest rates by half a point on Tuesday.',
  'Inflation reached 9 percent in May, the highest level in four decades.',
  'Shares in Frankfurt fell sharply after the announcement.',
];

describe('alignEvent: synthetic cases', () => {
  it('gives nothing for no articles', () => {
    expect(alignEvent([])).toEqual([]);
  });

  it('gives one row per sentence for a single article, in order, score 1', () => {
    expect(alignEvent([{ id: 'a', sentences: A_TEXT }])).toEqual([
      { cells: { a: [0] }, score: 1 },
      { cells: { a: [1] }, score: 1 },
      { cells: { a: [2] }, score: 1 },
    ]);
  });

  it('leaves an empty article out of every row', () => {
    expect(
      layout([
        { id: 'a', sentences: A_TEXT },
        { id: 'b', sentences: [] },
      ]),
    ).toEqual(['a:0', 'a:1', 'a:2']);
  });

  it('matches reordered sentences, in the base order', () => {
    const b = [
      'Frankfurt shares fell sharply after the announcement on Tuesday.',
      'The central bank raised its interest rates by half a point.',
      'Inflation hit 9 percent in May, a four-decade high.',
    ];
    expect(
      layout([
        { id: 'a', sentences: A_TEXT },
        { id: 'b', sentences: b },
      ]),
    ).toEqual(['a:0 b:1', 'a:1 b:2', 'a:2 b:0']);
  });

  it('links one sentence to two that split it (1–2) and two to one (2–1)', () => {
    const long = [
      'The central bank raised interest rates by half a point on Tuesday, and inflation reached 9 percent in May.',
      'Shares in Frankfurt fell sharply after the announcement.',
    ];
    const split = [
      'The central bank raised interest rates by half a point on Tuesday.',
      'Inflation reached 9 percent in May.',
      'Frankfurt shares fell sharply after the announcement.',
    ];
    // b has more sentences, so b is the base.
    expect(
      layout([
        { id: 'a', sentences: long },
        { id: 'b', sentences: split },
      ]),
    ).toEqual(['a:0 b:0-1', 'a:1 b:2']);
    expect(
      layout(
        [
          { id: 'a', sentences: long },
          { id: 'b', sentences: split },
        ],
        { base: 'a' },
      ),
    ).toEqual(['a:0 b:0-1', 'a:1 b:2']);
  });

  it('keeps unrelated sentences in rows of their own, after their preceding neighbour', () => {
    const b = [
      'The central bank raised interest rates by half a point on Tuesday.',
      'A heavy storm closed three airports in the north of the country.',
      'Shares in Frankfurt fell sharply after the announcement.',
    ];
    expect(
      layout(
        [
          { id: 'a', sentences: A_TEXT },
          { id: 'b', sentences: b },
        ],
        { base: 'a' },
      ),
    ).toEqual(['a:0 b:0', 'b:1', 'a:1', 'a:2 b:2']);
  });

  it('puts an unmatched opening sentence of another outlet first', () => {
    const b = [
      'A heavy storm closed three airports in the north.',
      'Shares in Frankfurt fell sharply after the news.',
    ];
    expect(
      layout([
        { id: 'a', sentences: A_TEXT },
        { id: 'b', sentences: b },
      ]),
    ).toEqual(['b:0', 'a:0', 'a:1', 'a:2 b:1']);
  });

  it('keeps a split whose second half adds little to the score but is wholly inside the long sentence', () => {
    const a = [
      'The minister said the bridge would open in March and that tolls would be waived.',
      'Opposition lawmakers criticised the cost of the project.',
      'Construction began three years ago.',
    ];
    const b = [
      'The bridge will open in March.',
      'No tolls, he added.',
      'Critics in parliament attacked the cost of the project.',
    ];
    const articles = [
      { id: 'a', sentences: a },
      { id: 'b', sentences: b },
    ];
    expect(layout(articles)).toEqual(['a:0 b:0-1', 'a:1 b:2', 'a:2']);
    // By the score alone (no coverage test) the second half stays apart.
    expect(layout(articles, { joinCover: 2 })).toEqual(['a:0 b:0', 'b:1', 'a:1 b:2', 'a:2']);
  });

  it('does not put two outlets in one row through a third when they share nothing', () => {
    // b's first sentence tells both a's and c's; a and c have no word in common, so they stay apart.
    const articles = [
      {
        id: 'a',
        sentences: [
          'The central bank raised interest rates by half a point on Tuesday.',
          'Inflation reached 9 percent in May.',
        ],
      },
      {
        id: 'b',
        sentences: [
          'The central bank raised interest rates by half a point on Tuesday, and shares in Frankfurt fell sharply.',
          'Inflation reached 9 percent in May.',
        ],
      },
      {
        id: 'c',
        sentences: [
          'Shares in Frankfurt fell sharply after the announcement.',
          'Inflation reached 9 percent in May, a record.',
        ],
      },
    ];
    expect(layout(articles)).toEqual(['c:0', 'a:0 b:0', 'a:1 b:1 c:1']);
    expect(layout(articles, { rowSupport: 0 })).toEqual(['a:0 b:0 c:0', 'a:1 b:1 c:1']);
  });

  it('does not depend on the order of the articles given', () => {
    const b = ['Inflation hit 9 percent in May.', 'The central bank raised rates by half a point.'];
    const c = ['Frankfurt shares fell after the bank raised rates.', 'Inflation was 9 percent in May.'];
    const arts = [
      { id: 'a', sentences: A_TEXT },
      { id: 'b', sentences: b },
      { id: 'c', sentences: c },
    ];
    const once = alignEvent(arts);
    expect(alignEvent(arts)).toEqual(once);
    expect(alignEvent([arts[2]!, arts[0]!, arts[1]!])).toEqual(once);
    expect(alignEvent([arts[1]!, arts[2]!, arts[0]!])).toEqual(once);
    expect(layout(arts)).toEqual(['a:0 b:1', 'a:1 b:0 c:1', 'a:2 c:0']);
  });

  it('links the next sentence of a quote on the diagonal at the lower context threshold', () => {
    const a = [
      '"We will not pay for that wall," the former president said on Thursday.',
      '"He should pay for it himself."',
    ];
    const b = [
      '"We will not pay for that wall," the former president told reporters.',
      '"Let him pay, he is rich."',
    ];
    // The second pair alone is under the link threshold; it follows a strong link, so it links as context.
    expect(
      layout(
        [
          { id: 'a', sentences: a },
          { id: 'b', sentences: b },
        ],
        { base: 'a' },
      ),
    ).toEqual(['a:0 b:0', 'a:1 b:1']);
    expect(
      layout(
        [
          { id: 'a', sentences: a },
          { id: 'b', sentences: b },
        ],
        { base: 'a', contextThreshold: 1 },
      ),
    ).toEqual(['a:0 b:0', 'b:1', 'a:1']);
  });

  it('gives one row per article span: a row never holds two separate spans of one article', () => {
    const a = ['Inflation hit 9 percent in May.', 'Rain fell all day.', 'Inflation hit 9 percent in May.'];
    const b = ['Inflation hit 9 percent in May.'];
    const rows = alignEvent([
      { id: 'a', sentences: a },
      { id: 'b', sentences: b },
    ]);
    for (const row of rows) {
      for (const span of Object.values(row.cells)) {
        span.forEach((s, k) => k === 0 || expect(s).toBe(span[k - 1]! + 1));
      }
    }
    expect(
      layout([
        { id: 'a', sentences: a },
        { id: 'b', sentences: b },
      ]),
    ).toEqual(['a:0 b:0', 'a:1', 'a:2']);
  });

  it('gives per-link scores, and a row score that is their mean', () => {
    const rows = alignEvent([
      { id: 'a', sentences: ['The central bank raised interest rates by half a point on Tuesday.'] },
      { id: 'b', sentences: ['The central bank raised interest rates by half a point on Tuesday.'] },
    ]);
    expect(rows).toEqual([{ cells: { a: [0], b: [0] }, score: 1, links: [{ a: 'a', b: 'b', score: 1 }] }]);
  });

  it('keeps the links that joined a row (n − 1, the strongest), and scores it by every pairwise link', () => {
    const told = [
      'The central bank raised interest rates by half a point on Tuesday.',
      'The central bank raised interest rates by half a point on Tuesday.',
      'The central bank raised its interest rates by half a point on Tuesday.',
      'On Tuesday the central bank raised interest rates by half a point.',
      'The central bank raised rates by half a point on Tuesday, its fourth rise.',
    ];
    const articles = told.map((t, i) => ({ id: `o${i}`, sentences: [t] }));
    const [row] = alignEvent(articles);
    expect(Object.keys(row!.cells)).toHaveLength(5);
    expect(row!.links).toHaveLength(4);
    // A spanning tree: every article is reached from the first through the kept links.
    const reached = new Set(['o0']);
    for (let grew = true; grew;) {
      grew = false;
      for (const l of row!.links!)
        if (reached.has(l.a) !== reached.has(l.b)) {
          reached.add(l.a).add(l.b);
          grew = true;
        }
    }
    expect(reached.size).toBe(5);
    // The two identical tellings are joined by their link of 1; the row's score is below the kept links' mean, since
    // weaker pairwise links that join nothing still count in it.
    expect(row!.links).toContainEqual({ a: 'o0', b: 'o1', score: 1 });
    const keptMean = row!.links!.reduce((t, l) => t + l.score, 0) / row!.links!.length;
    expect(row!.score).toBeLessThan(keptMean);
  });
});

describe('alignEvent: the seed event (AFP, Reuters, Press TV of 2022-03-11)', () => {
  const seed = loadSeedArticles();
  const rows = alignEvent(seed.map((a) => ({ id: a.id, sentences: a.sentences })));
  const rowOf = (outlet: string, needle: string) => {
    const article = seed.find((a) => a.outlet === outlet)!;
    const index = article.sentences.findIndex((s) => s.includes(needle));
    expect(index, `${outlet}: "${needle}"`).toBeGreaterThanOrEqual(0);
    return rows.find((r) => r.cells[article.id]?.includes(index));
  };
  const idOf = (outlet: string) => seed.find((a) => a.outlet === outlet)!.id;

  it('puts the Putin quote in one row across all three', () => {
    const row = rowOf('afp', 'There are certain positive shifts, negotiators on our side');
    expect(row).toBe(rowOf('reuters', 'There are certain positive changes'));
    expect(row).toBe(rowOf('press-tv', 'negotiators from our side reported to me'));
  });

  it("pairs AFP's and Press TV's Lutsk airport sentences", () => {
    expect(rowOf('afp', 'Lutsk military airport')).toBe(rowOf('press-tv', 'Lutsk military airport'));
  });

  it("pairs Reuters' and Press TV's Izyum psychiatric hospital sentences", () => {
    expect(rowOf('reuters', 'psychiatric hospital near the eastern Ukrainian city of Izyum')).toBe(
      rowOf('press-tv', 'psychiatric hospital near the eastern Ukrainian town of Izyum'),
    );
  });

  it('gives the same rows whatever order the articles come in', () => {
    const input = seed.map((a) => ({ id: a.id, sentences: a.sentences }));
    expect(alignEvent([input[2]!, input[0]!, input[1]!])).toEqual(rows);
    expect(alignEvent([input[1]!, input[2]!, input[0]!])).toEqual(rows);
  });

  it('holds every sentence of every article exactly once', () => {
    for (const article of seed) {
      const seen = rows.flatMap((r) => r.cells[article.id] ?? []);
      expect(seen.sort((p, q) => p - q)).toEqual(article.sentences.map((_, k) => k));
    }
  });

  it("keeps AFP's Klitschko quote in a row of its own", () => {
    const row = rowOf('afp', 'Vitali Klitschko');
    expect(Object.keys(row!.cells)).toEqual([idOf('afp')]);
  });
});
