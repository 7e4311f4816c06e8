import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import { article } from '../view/test-fixtures';
import { furnitureCandidate, MAX_WORDS, removeFurniture } from './furniture';

const para = (text: string) => ({ kind: 'paragraph' as const, text });

/** An article of `outlet` on `date` whose blocks are the given paragraphs. */
function story(id: string, outlet: string, date: string, ...paragraphs: string[]): Article {
  return article(id, outlet, paragraphs.map(para), { date });
}

describe('removeFurniture', () => {
  it('removes a line one outlet prints under three stories on three days, with its reason, and renumbers blocks', () => {
    const junk = 'Copyright 2016 WFAA. All rights reserved.';
    const a = story(
      'a',
      'wfaa',
      '2016-01-01',
      'A man was shot on Elm Street.',
      junk,
      'Police made no arrest.',
    );
    const b = story('b', 'wfaa', '2016-02-03', 'Two teens were hurt.', `  ${junk.toUpperCase()} `);
    const c = story('c', 'wfaa', '2016-03-05', junk, 'A woman was arrested.');
    const changed = removeFurniture([a, b, c]);
    expect(changed).toEqual([a, b, c]);
    expect(a.blocks.map((x) => x.text)).toEqual(['A man was shot on Elm Street.', 'Police made no arrest.']);
    expect(a.sentences).toEqual([
      { text: 'A man was shot on Elm Street.', block: 0 },
      { text: 'Police made no arrest.', block: 1 },
    ]);
    expect(c.sentences).toEqual([{ text: 'A woman was arrested.', block: 0 }]);
    expect(a.removed).toEqual([
      { text: junk, reason: 'page furniture: WFAA prints it in 3 articles on 3 days' },
    ]);
  });

  it('leaves wire copy many outlets print on one day, one outlet’s line on two days, and long paragraphs', () => {
    const wire = 'The gunman fled in a gray sedan, police said.';
    const sameDay = ['ap', 'cnn', 'nbc', 'abc'].map((o, i) => story(`w${i}`, o, '2016-05-01', wire, 'More.'));
    const twoDays = [
      story('t1', 'wfaa', '2016-01-01', 'Follow WFAA.'),
      story('t2', 'wfaa', '2016-01-01', 'Follow WFAA.'),
      story('t3', 'wfaa', '2016-01-02', 'Follow WFAA.'),
    ];
    const long = Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ') + '.';
    const longOnes = ['01', '02', '03'].map((d) =>
      story(`l${d}`, 'kdka', `2016-01-${d}`, long, `News ${d}.`),
    );
    const all = [...sameDay, ...twoDays, ...longOnes];
    const before = JSON.stringify(all);
    expect(removeFurniture(all)).toEqual([]);
    expect(JSON.stringify(all)).toBe(before);
  });

  it('keeps an article that is nothing but furniture whole, and gives the same result in any order', () => {
    const only = ['01', '02', '03'].map((d) =>
      story(`o${d}`, 'ksat', `2016-01-${d}`, 'Sign up today. It is free.'),
    );
    expect(removeFurniture(only)).toEqual([]);
    const make = () =>
      ['01', '02', '03', '04'].map((d) =>
        story(`x${d}`, 'ksat', `2016-01-${d}`, `Story ${d}.`, 'Advertisement'),
      );
    const forward = make();
    const backward = make().reverse();
    removeFurniture(forward);
    removeFurniture(backward);
    expect(JSON.stringify([...backward].reverse())).toBe(JSON.stringify(forward));
    expect(forward[0]!.removed[0]!.reason).toBe('page furniture: KSAT prints it in 4 articles on 4 days');
  });
});

describe('furnitureCandidate', () => {
  it('keys a short block as furnitureKey does, and passes over empty and long ones', () => {
    expect(furnitureCandidate('  All rights\u00a0RESERVED.\n ')).toBe('all rights reserved.');
    expect(furnitureCandidate(' \t\u2028 ')).toBe('');
    const words = (n: number) => Array.from({ length: n }, (_, k) => `w${k}`).join(' \u3000');
    expect(furnitureCandidate(words(MAX_WORDS))).toBe(words(MAX_WORDS).replace(/\s+/g, ' '));
    expect(furnitureCandidate(words(MAX_WORDS + 1))).toBe('');
  });

  it('counts words as the spaces `\\s` matches, every one of them', () => {
    // Every white space and line terminator code unit of ECMAScript separates words; nothing else does.
    const spaces = [...Array(0x10000).keys()]
      .map((c) => String.fromCharCode(c))
      .filter((ch) => /\s/.test(ch));
    for (const sp of spaces) expect(furnitureCandidate(`a${sp}b`)).toBe('a b');
    for (const ch of ['\u200b', '\u0085', '\u180e', '-', '_'])
      expect(furnitureCandidate(`a${ch}b`)).toBe(`a${ch}b`);
  });
});
