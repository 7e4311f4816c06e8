import { describe, expect, it } from 'vitest';
import { wordPattern } from '../text/words';
import { hasWord, wordCount, wordCountByRegex, wordStarts } from './text';

describe('wordCount, hasWord and wordStarts', () => {
  it('counts words as the word pattern does', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('Moscow’s talks, 1,200 U.S troops — al-Assad–Putin.')).toBe(6);
    expect(wordCount("a--b a- -b 'a' a''b a'b")).toBe(8);
    expect(wordCount('S\uFFFDnchez said “no” ‘quietly’…')).toBe(4);
    expect(wordCount('Café señor')).toBe(2);
    expect(hasWord(' “—” ')).toBe(false);
    expect(hasWord(' \u0301 ')).toBe(true);
  });

  it('agrees with the word pattern on random text, by hand or not', () => {
    // What the scanner handles, then what it leaves to the regex (accents, marks, other scripts, surrogates).
    const alphabet = [
      ...'aZ9 .,\'"-:;()!?`_/\n\t',
      '\u2019',
      '\u2018',
      '\u201C',
      '\u201D',
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      '\u2014',
      '\u2015',
      '\u2026',
      '\u00A0',
      '\uFFFD',
      'é',
      '\u0301',
      '²',
      'ª',
      'Ж',
      '\u{1F600}',
      '\u202F',
    ];
    const handled = 33;
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 5000; k++) {
      const pool = k % 2 === 0 ? alphabet.slice(0, handled) : alphabet;
      let text = '';
      const length = Math.floor(next() * 14);
      for (let c = 0; c < length; c++) text += pool[Math.floor(next() * pool.length)];
      expect(wordCount(text), JSON.stringify(text)).toBe(wordCountByRegex(text));
      expect(hasWord(text), JSON.stringify(text)).toBe(wordCountByRegex(text) > 0);
      expect(wordStarts(text), JSON.stringify(text)).toEqual(
        [...text.matchAll(wordPattern())].map((m) => m.index),
      );
    }
  });
});
