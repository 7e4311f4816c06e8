import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n ')).toEqual([]);
  });

  it('splits plain sentences and keeps a final one without punctuation', () => {
    expect(splitSentences('One thing happened. Then another! Why? And a tail')).toEqual([
      'One thing happened.',
      'Then another!',
      'Why?',
      'And a tail',
    ]);
  });

  it('does not split after titles, initials and dotted abbreviations', () => {
    expect(
      splitSentences(
        'Mr. Biden met Sen. Ilhan Omar, D-MN. Gen. Mark A. Milley spoke at the U.N. Security Council.',
      ),
    ).toEqual([
      'Mr. Biden met Sen. Ilhan Omar, D-MN.',
      'Gen. Mark A. Milley spoke at the U.N. Security Council.',
    ]);
    expect(splitSentences('The U.S. and Russia talked.')).toEqual(['The U.S. and Russia talked.']);
  });

  it('ends a sentence after a dotted abbreviation when a common opener follows', () => {
    expect(splitSentences('Troops left the U.S. The move was planned.')).toEqual([
      'Troops left the U.S.',
      'The move was planned.',
    ]);
  });

  it('keeps quotes with their tails', () => {
    expect(
      splitSentences('“There are certain positive shifts,” Putin said. "Is it over?" she asked. He left.'),
    ).toEqual(['“There are certain positive shifts,” Putin said.', '"Is it over?" she asked.', 'He left.']);
    expect(splitSentences('He said: “We will win.” The crowd cheered.')).toEqual([
      'He said: “We will win.”',
      'The crowd cheered.',
    ]);
  });

  it('does not split inside numbers or before a lower-case word', () => {
    expect(splitSentences('Prices rose 2.5 percent in the U.S. last year.')).toEqual([
      'Prices rose 2.5 percent in the U.S. last year.',
    ]);
    expect(splitSentences('He came at 5 p.m. and left.')).toEqual(['He came at 5 p.m. and left.']);
    expect(splitSentences('It was 3 p.m. in Kyiv.')).toEqual(['It was 3 p.m. in Kyiv.']);
  });

  it('covers the input: sentences joined give back its non-space characters', () => {
    const text = 'A b. C d? “E f,” g said.  H\u00a0i… J k. L.M. N. o p';
    expect(splitSentences(text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('splitSentences on importer edge cases', () => {
  it('gives a stray mark back to the sentence before it (Reuters seed: "…of the war. .")', () => {
    expect(
      splitSentences('Paratroopers landed there in the early hours of the war. . Other elements moved.'),
    ).toEqual(['Paratroopers landed there in the early hours of the war. .', 'Other elements moved.']);
  });

  it('keeps a text of marks alone as one piece', () => {
    expect(splitSentences('. . !')).toEqual(['. . !']);
  });

  it('splits a long paragraph in linear time (bounded look-behind for abbreviations)', () => {
    const paragraph = 'The cat sat on the mat. '.repeat(20_000);
    const sentences = splitSentences(paragraph);
    expect(sentences.length).toBe(20_000);
    expect(sentences[19_999]).toBe('The cat sat on the mat.');
  });
});

describe('splitSentences with quotes lost as U+FFFD', () => {
  it('ends a sentence at a mark followed by a lost closing quote', () => {
    expect(splitSentences('\uFFFDWe do not reject it.\uFFFD Russia holds Whelan.')).toEqual([
      '\uFFFDWe do not reject it.\uFFFD',
      'Russia holds Whelan.',
    ]);
  });
});

describe('splitSentences on BASIL datelines and brackets', () => {
  it('keeps state abbreviations of datelines and "Sens." inside the sentence', () => {
    expect(
      splitSentences('HARTFORD, Conn. — The governor spoke. Republican Sens. John Doe and Jane Roe agreed.'),
    ).toEqual(['HARTFORD, Conn. — The governor spoke.', 'Republican Sens. John Doe and Jane Roe agreed.']);
    expect(splitSentences('He lives in Jackson, Miss. The town is small.')).toEqual([
      'He lives in Jackson, Miss.',
      'The town is small.',
    ]);
  });

  it('keeps a dotted abbreviation in square brackets', () => {
    expect(splitSentences('"When the [U.S.] Senate votes, we win," he said.')).toEqual([
      '"When the [U.S.] Senate votes, we win," he said.',
    ]);
  });
});
