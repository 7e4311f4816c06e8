import { describe, expect, it } from 'vitest';
import { buildInsightContext } from './context';
import { fixtureArticle, fixtureEvent, readLabel } from './fixtures';
import { attribution, commonRuns, findQuotes, quoteChanges, quoteInsights, sameUtterance } from './quotes';

const AFP =
  '"There are certain positive shifts, negotiators on our side tell me," Putin said in a meeting with his Belarusian counterpart Alexander Lukashenko, adding that talks continued "practically on a daily basis".';
const REUTERS =
  '“There are certain positive changes, negotiators on our side tell me,” Putin told a meeting with his Belarusian counterpart Alexander Lukashenko, adding that talks continued “practically every day.”';
const PRESS_TV =
  '"There are certain positive shifts, negotiators from our side reported to me," Putin told his Belarusian counterpart, Alexander Lukashenko, during a televised meeting on Friday, without elaborating.';

function run(...args: Parameters<typeof fixtureEvent>) {
  return quoteInsights(buildInsightContext(fixtureEvent(...args), args[0]));
}

describe('findQuotes', () => {
  it('finds straight, curly and single quotes, not apostrophes', () => {
    const text = `Moscow's troops "block" Kyiv, “it’s a fortress” and 'nowhere to run', the mayor's aide said.`;
    expect(findQuotes(text).map((q) => q.text)).toEqual(['block', 'it’s a fortress', 'nowhere to run']);
  });
  it('takes an unclosed quote to the end of the text', () => {
    expect(findQuotes('"There is nowhere to really run or hide.').map((q) => q.text)).toEqual([
      'There is nowhere to really run or hide.',
    ]);
  });
  it('takes a closing quote with no opener back to the start', () => {
    expect(findQuotes('America is an idea that sets people free." Then he left.').map((q) => q.text)).toEqual(
      ['America is an idea that sets people free.'],
    );
    expect(findQuotes('We live here,” she said, “for now.”').map((q) => q.text)).toEqual([
      'We live here,',
      'for now.',
    ]);
  });
  it('pairs a straight opener with a curly closer: the attribution after it is not quoted', () => {
    expect(
      findQuotes('"We will not pay for that wall!” the former president told a reporter.').map((q) => q.text),
    ).toEqual(['We will not pay for that wall!']);
  });
  it('keeps the outer quote when a quote nests one of its own style', () => {
    expect(findQuotes('“He apologised for using the “f word.”” the mayor wrote.').map((q) => q.text)).toEqual(
      ['He apologised for using the “f word.”'],
    );
  });
  it('drops a mark printed twice when a sentence reopens a quote already open', () => {
    expect(findQuotes('““The world says wait, there is time.').map((q) => q.text)).toEqual([
      'The world says wait, there is time.',
    ]);
  });
  it('reads U+FFFD at a word’s edge as a lost double quote, keeping the text as printed', () => {
    const text =
      'ALICANTE, Spain (AP) \uFFFD The Union\uFFFDs plan costs \uFFFD2.5 billion. \uFFFDHydrogen is a game-changer, it\uFFFDs clear,\uFFFD she said.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['Hydrogen is a game-changer, it\uFFFDs clear,']);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(
      '\uFFFDHydrogen is a game-changer, it\uFFFDs clear,\uFFFD',
    );
  });

  it('finds nothing in plain text', () => {
    expect(findQuotes('Putin did not elaborate.')).toEqual([]);
  });
});

describe('attribution', () => {
  it('reads the verb and speaker after the quote', () => {
    expect(attribution(AFP, findQuotes(AFP), 0)).toEqual({ verb: 'said', speaker: 'Putin' });
  });
  it('gives a participle the speaker of the clause before it', () => {
    expect(attribution(REUTERS, findQuotes(REUTERS), 1)).toEqual({ verb: 'adding', speaker: 'Putin' });
  });
  it('reads a speaker named after the verb, past a lower-case title', () => {
    const t = 'The talks have become “more constructive,” said Ukrainian presidential aide Ihor Zhovkva.';
    expect(attribution(t, findQuotes(t), 0)).toEqual({ verb: 'said', speaker: 'Ihor Zhovkva' });
  });
  it('leaves a pronoun speaker unnamed', () => {
    const t = '"There are many corpses on the street and nobody buries them," she told AFP.';
    expect(attribution(t, findQuotes(t), 0)).toEqual({ verb: 'told', speaker: null });
  });
});

describe('quoteInsights', () => {
  const afp = fixtureArticle('afp', 'afp', 'AFP', [AFP]);
  const reuters = fixtureArticle('reu', 'reuters', 'Reuters', [REUTERS]);
  const ptv = fixtureArticle('ptv', 'press-tv', 'Press TV', [PRESS_TV]);

  it('matches the Putin quote across all three outlets, with each wording and verb', () => {
    const out = run([afp, reuters, ptv], [{ afp: [0], reu: [0], ptv: [0] }]);
    expect(out.map((q) => q.renderings.map((r) => [r.outlet, r.text, r.verb]))).toEqual([
      [
        ['afp', 'There are certain positive shifts, negotiators on our side tell me,', 'said'],
        ['reuters', 'There are certain positive changes, negotiators on our side tell me,', 'told'],
        ['press-tv', 'There are certain positive shifts, negotiators from our side reported to me,', 'told'],
      ],
      [
        ['afp', 'practically on a daily basis', 'adding'],
        ['reuters', 'practically every day.', 'adding'],
      ],
    ]);
    expect(out[0]!.changes).toEqual([
      { article: 'reu', from: 'shifts', to: 'changes' },
      { article: 'ptv', from: 'on', to: 'from' },
      { article: 'ptv', from: 'tell', to: 'reported to' },
    ]);
    expect(readLabel(out[0]!, [afp, reuters, ptv])).toBe(
      'Putin, quoted by AFP, Reuters and Press TV: “shifts” → “changes” (Reuters); “on” → “from” (Press TV); “tell” → “reported to” (Press TV) — said (AFP), told (Reuters), told (Press TV)',
    );
    expect(readLabel(out[1]!, [afp, reuters, ptv])).toBe(
      'Putin, quoted by AFP and Reuters: “on a daily basis” → “every day” (Reuters)',
    );
  });

  it('matches a long quote printed in different rows', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', [
      'Intro.',
      '"Every street, every building, every checkpoint has been fortified," Klitschko said.',
    ]);
    const b = fixtureArticle('b', 'ap', 'AP', [
      '"Every street, every building, every checkpoint has been fortified," the mayor said.',
      'Outro.',
    ]);
    const out = run([a, b], [{ a: [0], b: [1] }, { a: [1] }, { b: [0] }]);
    expect(out.map((q) => [q.rows, readLabel(q, [a, b])])).toEqual([
      [[1, 2], 'Klitschko, quoted by AFP and AP, word for word'],
    ]);
  });

  it('negative: two short quotes in one row sharing a single word are different things said', () => {
    const a = fixtureArticle('a', 'reuters', 'Reuters', ['"We are weighing this, there are no answers yet.']);
    const b = fixtureArticle('b', 'tass', 'TASS', [
      'Punish those who propose such answers," the minister said.',
    ]);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: the same words attributed to two different people are not one quote', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', [
      'Zelensky branded that attack a "war crime against civilians", officials said.',
    ]);
    const b = fixtureArticle('b', 'reuters', 'Reuters', [
      'Governor Oleh Synegubov called the strike "a war crime against civilians".',
    ]);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: "war crime" said of two different attacks in different rows is not matched', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', [
      'A hospital in Mariupol was bombed.',
      'Officials called it a "war crime".',
    ]);
    const b = fixtureArticle('b', 'reuters', 'Reuters', [
      'A school in Izyum was shelled.',
      'The governor called it a "war crime".',
    ]);
    expect(run([a, b], [{ a: [0] }, { a: [1] }, { b: [0] }, { b: [1] }])).toEqual([]);
  });

  it('negative: unrelated quotes in one row are not matched', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', ['"We live here," said Vasyl Popov.']);
    const b = fixtureArticle('b', 'reuters', 'Reuters', ['"The attacks don\'t stop," said Yulia.']);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  // Shapes seen on local US news (gva-dev, issue 14), written anew here: no speaker named on both sides, and the
  // words shared are a stock phrase or a few words of a different thing said.
  it('negative: a stock phrase in two different utterances, no speaker named on both sides', () => {
    const a = fixtureArticle('a', 'wxyz', 'WXYZ', ['"Prayers and love for everyone."']);
    const b = fixtureArticle('b', 'kabc', 'KABC', [
      '"Obviously, all our prayers and love are with the family right now," he said.',
    ]);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: two short remarks sharing a word and their opening, told by "he"', () => {
    const a = fixtureArticle('a', 'wxyz', 'WXYZ', ['"It was truly unreal," he said.']);
    const b = fixtureArticle('b', 'kabc', 'KABC', ['"It was a truly terrible night," he added.']);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: a police statement and an officer’s remark in different rows sharing four words', () => {
    const a = fixtureArticle('a', 'news', 'News', [
      'Intro.',
      'They argued outside "when the man drew a handgun and fired once, striking the victim in the leg," police said in a statement.',
    ]);
    const b = fixtureArticle('b', 'news2', 'News 2', [
      '"He ended up firing twice, striking one of the men in the leg," Sgt. Rivera said.',
      'Outro.',
    ]);
    expect(run([a, b], [{ a: [0] }, { a: [1] }, { b: [0] }, { b: [1] }])).toEqual([]);
  });

  it('matches one utterance with its sentences in another order, speaker named on one side only', () => {
    const a = fixtureArticle('a', 'wxyz', 'WXYZ', [
      'He shouted "Hand me the money. This is my last chance."',
    ]);
    const b = fixtureArticle('b', 'kabc', 'KABC', ['"It is my last chance. Hand me the money," said Ortiz.']);
    const out = run([a, b], [{ a: [0], b: [0] }]);
    expect(out.map((q) => q.renderings.map((r) => r.outlet))).toEqual([['wxyz', 'kabc']]);
  });

  it('matches a quote retold with a run of five words in common, speaker named on one side only', () => {
    const a = fixtureArticle('a', 'wxyz', 'WXYZ', [
      '"It\'s awful, I could never imagine living through it," neighbour Dana Cole said.',
    ]);
    const b = fixtureArticle('b', 'kabc', 'KABC', [
      '"(It\'s) something I could never imagine living through."',
    ]);
    const out = run([a, b], [{ a: [0], b: [0] }]);
    expect(out).toHaveLength(1);
    // An editorial bracket left half inside a change is dropped, not printed as “It’s) something”.
    expect(out[0]!.changes).toEqual([{ article: 'b', from: "It's awful", to: "It's something" }]);
  });

  it('names the speaker as a rendering that lost no character prints it', () => {
    const a = fixtureArticle('a', 'abc', 'ABC News', ['"We will build it together," said S\uFFFDnchez.']);
    const b = fixtureArticle('b', 'ap', 'AP', ['"We will build it together," said Sánchez.']);
    expect(readLabel(run([a, b], [{ a: [0], b: [0] }])[0]!, [a, b])).toBe(
      'Sánchez, quoted by ABC News and AP, word for word',
    );
  });

  it('does not count quoting more of a sentence as rewording it', () => {
    const a = fixtureArticle('a', 'reuters', 'Reuters', [
      '"This is a war crime against civilians, genocide against the nation," he wrote.',
    ]);
    const b = fixtureArticle('b', 'press-tv', 'Press TV', [
      'The governor described the attack as "a war crime against civilians."',
    ]);
    const out = run([a, b], [{ a: [0], b: [0] }]);
    expect(out.map((q) => [q.changes, readLabel(q, [a, b])])).toEqual([
      [
        [],
        'Quoted by Reuters and Press TV, same words, some quoting more — wrote (Reuters), described (Press TV)',
      ],
    ]);
  });
});

describe('commonRuns', () => {
  it('takes runs of three words or more, longest first, in any order', () => {
    expect(
      commonRuns('Give me your keys. This is my last day', "Today's my last day. Give me your keys"),
    ).toEqual({
      longest: 4,
      cover: 7 / 8,
    });
  });
  it('counts a short quote printed whole inside a longer one as covered', () => {
    expect(commonRuns("I'm sad.", "I'm sad, and I'm angry")).toEqual({ longest: 2, cover: 1 });
  });
  it('does not count two-word runs of a longer quote', () => {
    expect(commonRuns('It was truly unreal', 'It was a truly terrible night')).toEqual({
      longest: 0,
      cover: 0,
    });
  });
  it('stops at the first run as long as stopAt, counting only what it found', () => {
    const a = 'we will rebuild this town together. Nobody leaves here';
    const b = 'Nobody leaves here, he said: we will rebuild this town together';
    expect(commonRuns(a, b)).toEqual({ longest: 6, cover: 1 });
    expect(commonRuns(a, b, 5)).toEqual({ longest: 6, cover: 6 / 9 });
    expect(commonRuns(a, b, 7)).toEqual({ longest: 6, cover: 1 });
  });
  it('finds the runs the search on words as strings found, on random texts', () => {
    // The search before words were numbered, kept as the reference.
    const reference = (a: string[], b: string[]) => {
      const shorter = Math.min(a.length, b.length);
      if (shorter === 0) return { longest: 0, cover: 0 };
      const usedA = new Uint8Array(a.length);
      const usedB = new Uint8Array(b.length);
      let longest = 0;
      let covered = 0;
      for (;;) {
        let best = 0;
        let atA = 0;
        let atB = 0;
        let prev = new Uint16Array(b.length + 1);
        let row = new Uint16Array(b.length + 1);
        for (let i = 1; i <= a.length; i++) {
          for (let j = 1; j <= b.length; j++) {
            const n = !usedA[i - 1] && !usedB[j - 1] && a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : 0;
            row[j] = n;
            if (n > best) [best, atA, atB] = [n, i - n, j - n];
          }
          [prev, row] = [row, prev];
        }
        if (best === 0 || (best < 3 && best < shorter)) break;
        longest = Math.max(longest, best);
        covered += best;
        usedA.fill(1, atA, atA + best);
        usedB.fill(1, atB, atB + best);
      }
      return { longest, cover: covered / shorter };
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const vocabulary = ['the', 'fire', 'spread', 'to', 'homes', 'near', 'river', 'we', 'saw', 'it'];
    const text = () => Array.from({ length: random(30) }, () => vocabulary[random(vocabulary.length)]!);
    for (let k = 0; k < 300; k++) {
      const a = text();
      const b = random(2) ? [...a.slice(random(10)), ...text()] : text();
      expect(commonRuns(a.join(' '), b.join(' '))).toEqual(reference(a, b));
    }
  });
});

describe('sameUtterance', () => {
  it('answers as commonRuns with a stop at five words does, on random texts', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // Small vocabularies share much by chance, large ones little: answers near every bound.
    const vocabulary = Array.from({ length: 60 }, (_, k) => `w${k}`);
    let size = vocabulary.length;
    const text = (max: number) => Array.from({ length: random(max) }, () => vocabulary[random(size)]!);
    const numbers = new Map<string, number>();
    const numbered = (ws: string[]) =>
      Int32Array.from(ws, (w) => {
        let n = numbers.get(w);
        if (n === undefined) numbers.set(w, (n = numbers.size));
        return n;
      });
    const counts = new Int32Array(vocabulary.length);
    const answers = new Set<boolean>();
    for (let k = 0; k < 2000; k++) {
      // Short and long texts, unrelated or sharing a piece (runs of every length, with repeats).
      size = 8 + random(53);
      const a = text(random(2) ? 12 : 40);
      const from = random(12);
      const b = random(3) ? [...text(6), ...a.slice(from, from + random(8)), ...text(8)] : text(30);
      const r = commonRuns(a.join(' '), b.join(' '), 5);
      const expected = r.longest >= 5 || r.cover >= 0.7;
      const wa = numbered(a);
      const wb = numbered(b);
      expect(sameUtterance(wa, wb, counts)).toBe(expected);
      // Its inputs and its scratch are left as they were.
      expect([...wa]).toEqual(a.map((w) => numbers.get(w)));
      expect(counts.every((c) => c === 0)).toBe(true);
      answers.add(expected);
    }
    expect([...answers].sort()).toEqual([false, true]);
  });
});

describe('quoteChanges', () => {
  it('negative: case, punctuation and editorial brackets are not a change of words', () => {
    expect(
      quoteChanges(
        'The world says, wait, there is still time.',
        'The world says, ‘Wait. There is still time.’',
        'b',
      ),
    ).toEqual([]);
    expect(quoteChanges('He should pay for it.', 'He should pay [for] it.', 'b')).toEqual([]);
    // Hyphens against spaces; an editor's bracketed words that the other rendering leaves out.
    expect(
      quoteChanges('I knew him for a year-and-a-half.', 'I knew him for a year and a half.', 'b'),
    ).toEqual([]);
    expect(quoteChanges('It (the shop) has had some trouble.', 'It has had some trouble.', 'b')).toEqual([]);
    // A word the speaker said, left out, still is a change.
    expect(quoteChanges('It has had some real trouble.', 'It has had some trouble.', 'b')).toEqual([
      { article: 'b', from: 'real', to: '' },
    ]);
  });
  it('quoting less is not rewording, even where the shared words are hyphenated otherwise', () => {
    expect(
      quoteChanges(
        'The sector is already under-funded, and if we listen only to buyers it will shrink,',
        'The sector is already underfunded.',
        'b',
      ),
    ).toEqual([]);
  });
  it('keeps a real change, and a contraction', () => {
    expect(quoteChanges('He said he is ready to pay.', 'He said he’s ready to pay.', 'b')).toEqual([
      { article: 'b', from: 'he is', to: 'he’s' },
    ]);
  });
});
