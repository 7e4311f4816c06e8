import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWordDiffer, diffWords, matchKey, type Span } from './words';
import { normaliseForMatch } from '../text/normalise';

/** a's view of a diff as jsdiff's tests write it: equal text as is, `<del>` for a only, `<ins>` for b only. */
function render(spans: Span[]): string {
  return spans
    .map((s) =>
      s.op === 'equal' ? s.text : s.op === 'delete' ? `<del>${s.text}</del>` : `<ins>${s.text}</ins>`,
    )
    .join('');
}

/** Both sides rebuilt from the spans. */
function sides(spans: Span[]): { a: string; b: string } {
  let a = '';
  let b = '';
  for (const s of spans) {
    if (s.op !== 'insert') a += s.text;
    if (s.op === 'equal') b += s.textB ?? s.text;
    if (s.op === 'insert') b += s.text;
  }
  return { a, b };
}

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const word = fc.constantFrom(
  'Putin',
  'putin',
  'talks',
  'Kyiv',
  'Kiev',
  "Moscow's",
  'Moscow\u2019s',
  '1,200',
  '2.5',
  'café',
  'cafe\u0301',
  '\u{1F1FA}\u{1F1E6}',
  '"',
  '\u201c',
  '\u2014',
  ',',
  '.',
  ' ',
  '\r\n',
  '\u00a0',
  '\n\n',
);
const text = fc.oneof(
  fc.array(word, { maxLength: 30 }).map((ws) => ws.join('')),
  fc.string({ maxLength: 40 }),
);

describe('diffWords', () => {
  it('gives nothing for two empty texts', () => {
    expect(diffWords('', '')).toEqual([]);
  });

  it('gives one delete or insert when a side is empty', () => {
    expect(diffWords('Kyiv stands.', '')).toEqual([{ op: 'delete', text: 'Kyiv stands.' }]);
    expect(diffWords('', 'Kyiv stands.')).toEqual([{ op: 'insert', text: 'Kyiv stands.' }]);
  });

  it('gives one equal span for identical texts', () => {
    expect(diffWords('The cat sat.', 'The cat sat.')).toEqual([{ op: 'equal', text: 'The cat sat.' }]);
  });

  it('replaces everything when nothing is shared', () => {
    expect(render(diffWords('alpha beta', 'gamma delta'))).toBe(
      '<del>alpha beta</del><ins>gamma delta</ins>',
    );
  });

  it('marks whole words, not characters', () => {
    expect(
      render(
        diffWords(
          'There are certain positive shifts, negotiators on our side tell me,',
          'There are certain positive changes, negotiators on our side tell me,',
        ),
      ),
    ).toBe(
      'There are certain positive <del>shifts</del><ins>changes</ins>, negotiators on our side tell me,',
    );
    expect(render(diffWords('Zelensky spoke', 'Zelenskyy spoke'))).toBe(
      '<del>Zelensky</del><ins>Zelenskyy</ins> spoke',
    );
  });

  it('keeps several separate changes apart', () => {
    expect(render(diffWords('He said the war is over now.', 'She said the war was over then.'))).toBe(
      '<del>He</del><ins>She</ins> said the war <del>is</del><ins>was</ins> over <del>now</del><ins>then</ins>.',
    );
  });

  it('treats curly and straight quotes alike, keeping b’s characters in textB', () => {
    expect(diffWords('Putin said "talks continued"', 'Putin said \u201ctalks continued\u201d')).toEqual([
      { op: 'equal', text: 'Putin said "talks continued"', textB: 'Putin said \u201ctalks continued\u201d' },
    ]);
  });

  it('reads U+FFFD (a character lost upstream) as the apostrophe or quote it replaced', () => {
    const a = 'the European Union\u2019s \u201czero-Covid\u201d policy';
    const b = 'the European Union\uFFFDs \uFFFDzero-Covid\uFFFD policy';
    expect(diffWords(a, b)).toEqual([{ op: 'equal', text: a, textB: b }]);
    // It is still a difference where the other outlet printed a word there.
    expect(render(diffWords('a \uFFFDsmall\uFFFD step', 'a big step'))).toBe(
      'a <del>\uFFFDsmall\uFFFD</del><ins>big</ins> step',
    );
  });

  it('treats CRLF, LF and spaces between words alike', () => {
    expect(diffWords('line one\r\nline two', 'line one\nline two')).toEqual([
      { op: 'equal', text: 'line one\r\nline two', textB: 'line one\nline two' },
    ]);
  });

  it('compares case-insensitively, as matching form does', () => {
    expect(diffWords('The Cat', 'the cat')).toEqual([{ op: 'equal', text: 'The Cat', textB: 'the cat' }]);
  });

  it('handles Unicode: accents, composed vs decomposed, emoji', () => {
    expect(render(diffWords('naïve café', 'naive café'))).toBe('<del>naïve</del><ins>naive</ins> café');
    expect(diffWords('caf\u00e9', 'cafe\u0301')).toEqual([
      { op: 'equal', text: 'caf\u00e9', textB: 'cafe\u0301' },
    ]);
    expect(render(diffWords('Kyiv \u{1F1FA}\u{1F1E6} stands', 'Kyiv \u{1F1FA}\u{1F1E6} stood'))).toBe(
      'Kyiv \u{1F1FA}\u{1F1E6} <del>stands</del><ins>stood</ins>',
    );
  });

  it('keeps numbers and possessives whole', () => {
    expect(render(diffWords("Moscow's 1,200 troops", "Kyiv's 1,200 troops"))).toBe(
      "<del>Moscow's</del><ins>Kyiv's</ins> 1,200 troops",
    );
    expect(render(diffWords('2.5 million fled', '2 million fled'))).toBe(
      '<del>2.5</del><ins>2</ins> million fled',
    );
  });

  it('gives back both texts exactly from the spans (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sides(diffWords(a, b))).toEqual({ a, b });
      }),
      { numRuns: runs },
    );
  });

  it('never emits empty spans or two neighbouring spans of the same kind (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const spans = diffWords(a, b);
        spans.forEach((s, k) => {
          expect(s.text.length + (s.textB?.length ?? 0)).toBeGreaterThan(0);
          if (k > 0) expect(spans[k - 1]!.op).not.toBe(s.op);
        });
      }),
      { numRuns: runs },
    );
  });
});

describe('createWordDiffer', () => {
  it('gives every pair the spans diffWords gives it, however many texts it has seen before', () => {
    const diff = createWordDiffer();
    const texts = [
      'Putin said talks with Ukraine made progress.',
      'Putin said the talks with Kyiv made some progress.',
      '“Talks made progress,” Putin said.',
      'Putin said talks with Ukraine made progress.',
      'Zelensky said nothing.',
    ];
    for (const a of texts) for (const b of texts) expect(diff(a, b)).toEqual(diffWords(a, b));
    expect(render(diff(texts[0]!, texts[1]!))).toBe(
      'Putin said <ins>the </ins>talks with <del>Ukraine</del><ins>Kyiv</ins> made <ins>some </ins>progress.',
    );
  });

  it('gives each pair diffWords’ spans in any order of texts (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (list) => {
        const diff = createWordDiffer();
        for (const a of list) for (const b of list) expect(diff(a, b)).toEqual(diffWords(a, b));
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });

  it('has a code unit for each of more distinct tokens than the Private Use Area holds', () => {
    const many = Array.from({ length: 7000 }, (_, k) => `w${k}`);
    const a = many.join(' ');
    const b = [...many.slice(0, 6999), 'last'].join(' ');
    const spans = createWordDiffer()(a, b);
    expect(sides(spans)).toEqual({ a, b });
    expect(spans.slice(1)).toEqual([
      { op: 'delete', text: 'w6999' },
      { op: 'insert', text: 'last' },
    ]);
  });
});

describe('matchKey', () => {
  it('is the matching form of normaliseForMatch for every token, ASCII short way included', () => {
    const token = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ9\'.,-!?"()'), minLength: 1, maxLength: 8 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((t) => !/\s/.test(t)),
      fc.constantFrom(
        'Kyiv',
        'KYIV',
        '1,200',
        'Moscow’s',
        '“',
        'ﬁne',
        'Ｋ',
        '—',
        '\u00a0',
        'EU\uFFFDs',
        '\uFFFD',
      ),
    );
    fc.assert(
      fc.property(token, (t) => {
        const expected = /^\s+$/.test(t) ? ' ' : normaliseForMatch(t);
        expect(matchKey(t)).toBe(expected);
      }),
      { numRuns: 2000, seed: 20221201 },
    );
  });
});
