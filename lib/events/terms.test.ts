import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { contentStems } from '../text/tokens';
import { nameStems, nameStemsByRegex, termsOf } from './terms';

const referenceNameStems = (text: string) => nameStemsByRegex(text, new Map());

const sorted = (s: Set<string>) => [...s].sort();

/** Characters the fast path handles and their neighbours it hands on: where the two could drift apart. */
const ALPHABET = [
  ...'aAbBsSzZ09 .,\'`-"!?:;\n\t',
  '’',
  '‘',
  '“',
  '”',
  '–',
  '—',
  '‐',
  '−',
  '…',
  '\u00a0',
  '\u202f',
  'é',
  'É',
  'ß',
  'ÿ',
  '×',
  'ª',
  '²',
  '´',
  '\u200b',
  'ﬁ',
  'İ',
  'Ж',
];

describe('termsOf and nameStems (the fast scanner)', () => {
  it('gives what contentStems gives, on labelled cases', () => {
    const cases = [
      '',
      'The U.S. Army’s 3rd Brigade said',
      "Moscow's talks, Kyiv’s mayor — 2,000 people; 1.5 million",
      'rock`n`roll ‘quoted’ “double” e‐mail 5−3',
      'co‑operate (a non-breaking hyphen: NFKC turns it into ‐)',
      'Zelenskyy and Zelenskyy’s café in Besançon… ÉCOLE',
      'naïve ﬁnance ² ´ zero\u200bwidth İstanbul Жуков',
      'CRLF\r\nline two\r\n',
    ];
    for (const text of cases) expect(termsOf(text), text).toEqual(contentStems(text));
  });

  it('gives what the Unicode regexes give, on the seed corpus', () => {
    const { articles } = loadCorpus(path.resolve(process.cwd(), 'data', 'corpus'));
    for (const a of articles) {
      expect(termsOf(a.title)).toEqual(contentStems(a.title));
      for (const b of a.blocks) expect(termsOf(b.text)).toEqual(contentStems(b.text));
      const body = a.blocks.map((b) => b.text).join('\n');
      expect(sorted(nameStems(body, new Map()))).toEqual(sorted(referenceNameStems(body)));
    }
  });

  it('gives what the Unicode regexes give, on generated text', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom('said', 'Reuters', 'the', 'running')), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(termsOf(t)).toEqual(contentStems(t));
        expect(sorted(nameStems(t, new Map()))).toEqual(sorted(referenceNameStems(t)));
      }),
      { numRuns: 3000 },
    );
  });
});
