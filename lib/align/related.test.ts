import { describe, expect, it } from 'vitest';
import { alignEvent, alignEventScored, type AlignArticle } from './align';
import {
  MULTIPLIERS,
  NUMBER_WORDS,
  quotationContinues,
  relateEvent,
  sentenceFeatures,
  sentenceNumbers,
  SMALL_WORDS,
} from './related';
import { loadSeedArticles } from './seed-helper';
import type { RelatedLink, Row } from '../types';
import { normaliseForMatch } from '../text/normalise';
import { STOPWORDS, stem } from '../text/tokens';
import { startsDigit, startsUpper, wordPattern } from '../text/words';

/** Related links as `a:ai ~ b:bi [shared]`, outlet names for ids. */
function readable(links: readonly RelatedLink[], outletOf: (id: string) => string): string[] {
  return links.map(
    (l) => `${outletOf(l.a)}:${l.ai.join(',')} ~ ${outletOf(l.b)}:${l.bi.join(',')} [${l.shared.join(', ')}]`,
  );
}

describe('sentenceNumbers', () => {
  it('reads figures as values, whatever their form', () => {
    expect(sentenceNumbers('It has caused 2.5 million people to flee').map((n) => n.value)).toEqual([
      2_500_000,
    ]);
    expect(sentenceNumbers('more than 2,500,000 refugees').map((n) => n.value)).toEqual([2_500_000]);
    expect(sentenceNumbers('more than two million refugees').map((n) => n.value)).toEqual([2_000_000]);
    expect(sentenceNumbers('all 30 staff and 330 patients, three of them hurt').map((n) => n.value)).toEqual([
      30, 330, 3,
    ]);
  });

  it('leaves out what is not a count: years, "one", "two" alone', () => {
    expect(sentenceNumbers('In 2022 one of the two sides said so.')).toEqual([]);
  });
});

describe('sentenceFeatures', () => {
  it('reads a run of capitalised words as one name, by its last word, and leaves out the first name', () => {
    const keys = sentenceFeatures('Russian President Vladimir Putin said on Friday that talks went on.').map(
      (f) => f.key,
    );
    expect(keys).toContain('n:puti');
    expect(keys).not.toContain('w:vladimir');
    // Dates and openers are never evidence.
    expect(keys).not.toContain('w:fridai');
    expect(keys).not.toContain('n:frid');
  });

  it('does not run a name across a comma', () => {
    const keys = sentenceFeatures("In Turkey, Ukraine's Foreign Minister Dmytro Kuleba spoke.").map(
      (f) => f.key,
    );
    expect(keys).toEqual(expect.arrayContaining(['n:turk', 'n:kule', 'w:foreign', 'w:minist']));
  });
});

describe('sentenceFeatures and sentenceNumbers against the first versions, on random sentences', () => {
  // The two functions as they were before words were looked up once each (kept as the reference).
  // The number-word tables are related.ts's own: what changed is how words are looked up in them.
  const referenceNumbers = (text: string) => {
    const tokens = normaliseForMatch(text).match(wordPattern()) ?? [];
    const out: { value: number; printed: string }[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      let value: number | undefined;
      if (/^\d[\d,]*(\.\d+)?$/.test(t)) value = Number(t.replace(/,/g, ''));
      else if (SMALL_WORDS[t] !== undefined && MULTIPLIERS[tokens[k + 1] ?? ''] !== undefined)
        value = SMALL_WORDS[t];
      else if (NUMBER_WORDS[t] !== undefined && MULTIPLIERS[t] === undefined) value = NUMBER_WORDS[t];
      if (value === undefined || !Number.isFinite(value)) continue;
      const mult = MULTIPLIERS[tokens[k + 1] ?? ''];
      const printed = mult !== undefined ? `${t} ${tokens[k + 1]}` : t;
      if (mult !== undefined) {
        value *= mult;
        k++;
      }
      const year = mult === undefined && /^\d{4}$/.test(t) && value >= 1900 && value <= 2100;
      if (value < 3 || year) continue;
      out.push({ value: Math.round(value * 1000) / 1000, printed });
    }
    return out;
  };
  const FILLER = new Set(
    `meanwhile elsewhere earlier later separately also however furthermore moreover monday tuesday wednesday thursday
    friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night overnight week weeks month
    months year years day days time hours hour minutes january february march april june july august september october
    november december mr mrs ms dr`.split(/\s+/),
  );
  const ALL_NUMBER_WORDS = new Set([...Object.keys(SMALL_WORDS), ...Object.keys(MULTIPLIERS)]);
  const QUOTED =
    /["\u201C\u201D\u201E\u00AB\u00BB\uFFFD]([^"\u201C\u201D\u201E\u00AB\u00BB\uFFFD]{2,})["\u201C\u201D\u201E\u00AB\u00BB\uFFFD]/gu;
  const lowerOf = (w: string) => normaliseForMatch(w).replace(/'s$/, '').replace(/,/g, '');
  const referenceFeatures = (text: string) => {
    type F = { key: string; kind: string; printed: string; quoted: boolean };
    const seen = new Map<string, F>();
    const add = (f: F) => {
      const had = seen.get(f.key);
      if (!had) seen.set(f.key, f);
      else if (!f.quoted) had.quoted = false;
    };
    const quoted: [number, number][] = [];
    for (const m of text.matchAll(QUOTED)) quoted.push([m.index, m.index + m[0].length]);
    const inQuote = (at: number) => quoted.some(([lo, hi]) => at >= lo && at < hi);
    const tokens = [...text.matchAll(wordPattern())].map((m) => ({ w: m[0], at: m.index }));
    const isCap = (k: number) => {
      const t = tokens[k];
      if (!t || !startsUpper(t.w)) return false;
      const lower = lowerOf(t.w);
      if (STOPWORDS.has(lower) || FILLER.has(lower) || lower.length < 2) return false;
      return k > 0 || /^\p{Lu}{2}/u.test(t.w);
    };
    let k = 0;
    while (k < tokens.length) {
      if (!isCap(k)) {
        const t = tokens[k]!;
        const lower = lowerOf(t.w);
        if (
          lower.length >= 3 &&
          !STOPWORDS.has(lower) &&
          !FILLER.has(lower) &&
          !ALL_NUMBER_WORDS.has(lower) &&
          !startsDigit(lower)
        ) {
          add({ key: `w:${stem(lower)}`, kind: 'word', printed: lower, quoted: inQuote(t.at) });
        }
        k++;
        continue;
      }
      let end = k;
      while (
        isCap(end + 1) &&
        /^\s+$/.test(text.slice(tokens[end]!.at + tokens[end]!.w.length, tokens[end + 1]!.at))
      )
        end++;
      for (let q = k; q < end - 1; q++) {
        const lower = lowerOf(tokens[q]!.w);
        add({ key: `w:${stem(lower)}`, kind: 'word', printed: lower, quoted: inQuote(tokens[q]!.at) });
      }
      const last = tokens[end]!;
      const letters = lowerOf(last.w).replace(/[^\p{L}]/gu, '');
      if (letters.length >= 2) {
        add({
          key: `n:${letters.slice(0, 4)}`,
          kind: 'name',
          printed: last.w.replace(/['\u2019]s$/, ''),
          quoted: inQuote(last.at),
        });
      }
      k = end + 1;
    }
    for (const n of referenceNumbers(text))
      add({ key: `#${n.value}`, kind: 'number', printed: n.printed, quoted: false });
    return [...seen.values()];
  };

  it('gives the same features and numbers', () => {
    let seed = 3;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // Names, titles, common and filler words (some capitalised), possessives, figures and number words (a
    // multiplier after anything, `constructor` too), accents, other scripts and lost characters.
    const vocabulary = (
      "Russian President Vladimir Putin Putin’s Zelensky's NATO UN U.S. Kyiv Kiev Turkey Turkish the The In " +
      'on Friday friday Meanwhile Mr Mr. talks talk went said shelling shelled city’s 2.5 2,500 1,200,000 2022 ' +
      '1850 3 30 one two three Three fifteen hundred million thousand billion constructor Constructor toString ' +
      'Zürich São Paulo Łódź Москва 北京 S\uFFFDnchez al-Assad Kyiv–Moscow ok AB'
    ).split(' ');
    const joints = [' ', ' ', ' ', ', ', '. ', ' "', '" ', ' “', '” ', '  ', ' \u00A0', ': ', ' (', ') '];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const n = random(25);
      for (let w = 0; w < n; w++)
        text += vocabulary[random(vocabulary.length)]! + joints[random(joints.length)]!;
      expect(sentenceNumbers(text)).toEqual(referenceNumbers(text));
      expect(sentenceFeatures(text)).toEqual(referenceFeatures(text));
    }
  });
});

describe('relateEvent: synthetic cases', () => {
  const a: AlignArticle = {
    id: 'a',
    sentences: [
      'The central bank raised interest rates by half a point on Tuesday.',
      'Officials in Frankfurt said the euro zone economy would slow sharply, with 2.5 million jobs at risk.',
      'Weather in the capital was mild.',
    ],
  };
  const b: AlignArticle = {
    id: 'b',
    sentences: [
      'The central bank raised interest rates by half a point on Tuesday.',
      'Some 2,500,000 jobs could go as the euro zone slows, Frankfurt officials warned.',
      'A football match was cancelled because of the strike.',
    ],
  };

  it('gives nothing for fewer than two articles', () => {
    expect(relateEvent([a], alignEvent([a]))).toEqual([]);
  });

  it('links two sentences that tell one fact with the same rare names and numbers, naming the evidence', () => {
    const rows: Row[] = [
      { cells: { a: [0], b: [0] }, score: 1 },
      { cells: { a: [1] }, score: 1 },
      { cells: { b: [1] }, score: 1 },
      { cells: { a: [2] }, score: 1 },
      { cells: { b: [2] }, score: 1 },
    ];
    const links = relateEvent([b, a], rows);
    expect(readable(links, (id) => id)).toEqual(['a:1 ~ b:1 [Frankfurt, 2.5 million, euro, jobs]']);
    // Unrelated passages stay unlinked; a pair already in one row is not repeated.
    expect(links.some((l) => l.ai.includes(2) || l.bi.includes(2) || l.ai.includes(0))).toBe(false);
  });
});

describe('relateEvent on the seed event (AFP, Reuters, Press TV, 2022-03-11)', () => {
  const seed = loadSeedArticles();
  const outletOf = (id: string) => seed.find((s) => s.id === id)!.outlet;
  const articles = seed.map((s) => ({ id: s.id, sentences: s.sentences }));
  const rows = alignEvent(articles);
  const links = relateEvent(articles, rows);
  /** Whether sentence `i` of `outlet` has a related link to sentence `j` of `other` (any j when undefined). */
  const related = (outlet: string, i: number, other: string, j?: number) =>
    links.some((l) => {
      const [mine, theirs] =
        outletOf(l.a) === outlet && outletOf(l.b) === other
          ? [l.ai, l.bi]
          : outletOf(l.b) === outlet && outletOf(l.a) === other
            ? [l.bi, l.ai]
            : [[], []];
      return mine.includes(i) && (j === undefined || theirs.includes(j));
    });
  const afp = seed.find((s) => s.outlet === 'afp')!;
  const ptv = seed.find((s) => s.outlet === 'press-tv')!;
  const reuters = seed.find((s) => s.outlet === 'reuters')!;

  it('gives a word-for-word copy of Reuters the related links Reuters has', () => {
    // The candidate search runs over distinct texts: every sentence that prints one must still get its own links, in
    // its own article. The copy relates to AFP and Press TV as Reuters does (and to Reuters through rows only).
    const copy = { id: 'zz-copy', sentences: reuters.sentences };
    const withCopy = [...articles, copy];
    const all = relateEvent(withCopy, alignEvent(withCopy));
    const toward = (id: string) =>
      all
        .filter((l) => l.b === id && l.a !== reuters.id)
        .map((l) => `${l.a}:${l.ai.join(',')} ~ ${l.bi.join(',')} ${l.score} [${l.shared.join(', ')}]`);
    expect(toward(reuters.id).length).toBeGreaterThan(3);
    expect(toward(copy.id)).toEqual(toward(reuters.id));
  });

  it('reads the sentences these tests name where they were labelled', () => {
    expect(afp.sentences[8]).toMatch(/care home .* Oskil/);
    expect(afp.sentences[9]).toBe('There were no reports of casualties.');
    expect(afp.sentences[15]).toMatch(/Kyiv's mayor Vitali Klitschko/);
    expect(afp.sentences[38]).toMatch(/^In Turkey, Ukraine's Foreign Minister Dmytro Kuleba/);
    expect(ptv.sentences[3]).toMatch(/Antalya yielded no results/);
    expect(ptv.sentences[11]).toMatch(/psychiatric hospital near .* Izyum/);
    expect(reuters.sentences[4]).toMatch(/psychiatric hospital near .* Izyum/);
  });

  it("relates AFP's Oskil care home and its 'no reports of casualties' to the psychiatric hospital near Izyum", () => {
    expect(related('afp', 8, 'press-tv', 11)).toBe(true);
    expect(related('afp', 9, 'press-tv', 11)).toBe(true);
    expect(related('afp', 8, 'reuters', 4)).toBe(true);
    expect(related('afp', 9, 'reuters', 4)).toBe(true);
    // One passage (the strike, then no casualties), with the evidence it shares named for readers.
    const toPtv = links.find(
      (l) => outletOf(l.a) === 'afp' && l.ai.includes(9) && outletOf(l.b) === 'press-tv',
    );
    expect(toPtv?.ai).toEqual([8, 9]);
    expect(toPtv?.shared).toEqual(['eastern', 'near', 'hit']);
  });

  it("relates Press TV's Antalya meeting that 'yielded no results' to AFP's Kuleba–Lavrov talks in Turkey", () => {
    expect(related('press-tv', 3, 'afp', 38)).toBe(true);
    const link = links.find(
      (l) => outletOf(l.a) === 'afp' && l.ai.includes(38) && outletOf(l.b) === 'press-tv',
    );
    expect(link?.shared).toEqual(['Turkey', 'foreign', 'minister']);
  });

  it("leaves AFP's Kyiv mayor quote unrelated: it stays only in AFP", () => {
    for (const i of [15, 16]) {
      expect(related('afp', i, 'reuters')).toBe(false);
      expect(related('afp', i, 'press-tv')).toBe(false);
      const row = rows.find((r) => r.cells[afp.id]?.includes(i))!;
      expect(Object.keys(row.cells)).toEqual([afp.id]);
    }
  });

  it('writes links in the index form: a < b by code unit, consecutive spans, never a pair one row already holds', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.a < l.b).toBe(true);
      for (const span of [l.ai, l.bi]) span.forEach((s, k) => k > 0 && expect(s).toBe(span[k - 1]! + 1));
      expect(l.shared.length).toBeGreaterThan(0);
      for (const i of l.ai)
        for (const j of l.bi)
          expect(rows.some((r) => r.cells[l.a]?.includes(i) && r.cells[l.b]?.includes(j))).toBe(false);
    }
  });

  it("gives the same links with the alignment's own scorer as with one of its own", () => {
    const { rows: again, scores } = alignEventScored(articles);
    expect(again).toEqual(rows);
    expect(scores).not.toBeNull();
    expect(relateEvent(articles, again, {}, scores)).toEqual(links);
  });

  it('is deterministic: the same links whatever order the articles come in', () => {
    const reversed = [...articles].reverse();
    expect(relateEvent(reversed, alignEvent(reversed))).toEqual(links);
  });
});

describe('quotationContinues', () => {
  it('follows curly and straight quotation marks across sentences', () => {
    expect(
      quotationContinues(['“We don’t like him.', 'We don’t want him.', 'We reject his visit.”', 'He left.']),
    ).toEqual([false, true, true, false]);
    expect(quotationContinues(['He said: "It is over.', 'Go home."', 'Then he left.'])).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('reads a closed quotation, an empty article, and a stray mark left open as no quotation going on', () => {
    expect(quotationContinues(['“Yes,” he said.', 'No.'])).toEqual([false, false]);
    expect(quotationContinues([])).toEqual([]);
    // A mark never closed: only the next three sentences are taken as its quotation.
    expect(quotationContinues(['“Stray.', 'a.', 'b.', 'c.', 'd.', 'e.'])).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('relateEvent: each rule on its own', () => {
  /** Only the rule under test: the others are set out of reach. */
  const none = { evidence: 1e9, contextEvidence: 1e9, secondEvidence: 1e9, inside: 2, mutualCosine: 2 };
  const filler = [
    'Weather in the capital was mild for the season.',
    'A football match in Lyon was cancelled after a storm.',
    'Traffic on the northern ring road was slow all morning.',
    'The museum reopened its east wing to visitors.',
  ];
  const a: AlignArticle = {
    id: 'a',
    sentences: [
      'Firefighters in Marseille battled a warehouse blaze through the night.',
      ...filler,
      'The fire destroyed stock worth 40 million euros, the owner said.',
    ],
  };
  const b: AlignArticle = {
    id: 'b',
    sentences: [
      'A warehouse blaze in Marseille kept firefighters busy until dawn.',
      'Police in Oslo arrested two men over a bank robbery.',
      'Losses were put at 40 million euros by the owner.',
    ],
  };
  const solo: Row[] = [
    ...a.sentences.map((_, i) => ({ cells: { a: [i] }, score: 1 })),
    ...b.sentences.map((_, j) => ({ cells: { b: [j] }, score: 1 })),
  ];

  it("mutual best: two free sentences, each the other's most similar, link below the rows' threshold", () => {
    const links = relateEvent([a, b], solo, { ...none, mutualCosine: 0.2, mutualEvidence: 3 });
    expect(readable(links, (id) => id)).toEqual([
      'a:0 ~ b:0 [Marseille, blaze, firefighters, warehouse]',
      'a:5 ~ b:2 [40 million, euros, owner]',
    ]);
    // Out of reach, nothing: the rule is what made them.
    expect(relateEvent([a, b], solo, none)).toEqual([]);
  });

  it('inside: a sentence the other holds links even where a row already pairs one of them', () => {
    const long: AlignArticle = {
      id: 'a',
      sentences: [
        '“We have 50 members in tough races and 32 orphan districts in states with no big race,” he said.',
      ],
    };
    const parts: AlignArticle = {
      id: 'b',
      sentences: [
        '“We have 50 members in tough races.',
        'And 32 orphan districts in states with no big race.”',
      ],
    };
    const rows: Row[] = [
      { cells: { a: [0], b: [0] }, score: 0.5 },
      { cells: { b: [1] }, score: 1 },
    ];
    const links = relateEvent([long, parts], rows, { ...none, inside: 0.5, mutualEvidence: 1 });
    expect(readable(links, (id) => id)).toEqual(['a:0 ~ b:1 [32, “big”, “districts”, “orphan”]']);
    expect(relateEvent([long, parts], rows, { ...none, mutualEvidence: 1 })).toEqual([]);
  });

  it('quotation: a short sentence of a quotation relates to what its neighbour is paired with, naming the passage', () => {
    const quote: AlignArticle = {
      id: 'a',
      sentences: [
        '“Clinton aide Huma Abedin ignored basic security protocols.',
        'Jail!”',
        'Weather was mild.',
      ],
    };
    const report: AlignArticle = {
      id: 'b',
      sentences: ['Trump said aide Huma Abedin ignored basic security protocols and should be locked up.'],
    };
    const rows: Row[] = [
      { cells: { a: [0], b: [0] }, score: 0.6 },
      { cells: { a: [1] }, score: 1 },
      { cells: { a: [2] }, score: 1 },
    ];
    const links = relateEvent([quote, report], rows, none);
    // "Jail!" shares no rare word: the evidence named is the passage's, and an unquoted neighbour gets nothing.
    expect(readable(links, (id) => id)).toEqual(['a:1 ~ b:0 [Abedin, aide, basic, ignored]']);
  });
});
