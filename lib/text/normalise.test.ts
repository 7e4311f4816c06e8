import { describe, expect, it } from 'vitest';
import { normaliseForMatch, normaliseFully } from './normalise';

describe('normaliseForMatch', () => {
  it('reads plain text (ASCII, curly quotes, dashes) the short way exactly as the full chain does', () => {
    const cases = [
      '',
      ' ',
      '   ',
      'Plain ASCII.',
      '  Leading and trailing  ',
      'Two  spaces   and    more',
      'A `backtick` and ‘single’ and “double” marks',
      'Dashes – and — and ― between',
      'UPPER Case MiXeD',
      '~!@#$%^&*()_+{}|:"<>?[];\',./',
    ];
    for (const text of cases) expect(normaliseForMatch(text)).toBe(normaliseFully(text));
  });

  it('agrees with the full chain on random text, plain or not', () => {
    // Characters the short way handles, and some it must leave to the full chain (tab, NBSP, U+FFFD, accents, NFKC).
    const alphabet = [
      ...'aZ9 .,\'"`-',
      '  ',
      '\u2018',
      '\u2019',
      '\u201C',
      '\u201D',
      '\u2013',
      '\u2014',
      '\u2015',
      '\t',
      '\n',
      '\u00A0',
      '\uFFFD',
      'é',
      'e\u0301',
      '\uFB01',
      '\u00B4',
      '\u2212',
      '\u200B',
      'İ',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let plain = 0;
    for (let k = 0; k < 3000; k++) {
      // Half the strings from the plain characters only, so the short way is taken often.
      const pool = k % 2 === 0 ? alphabet.slice(0, 18) : alphabet;
      let text = '';
      const length = Math.floor(next() * 12);
      for (let c = 0; c < length; c++) text += pool[Math.floor(next() * pool.length)];
      if (k % 2 === 0) plain++;
      expect(normaliseForMatch(text), JSON.stringify(text)).toBe(normaliseFully(text));
    }
    expect(plain).toBeGreaterThan(1000);
  });
});
