import { describe, expect, it } from 'vitest';
import { compareText } from './compare';

describe('compareText', () => {
  it('orders by UTF-16 code unit: capitals before small letters, letters past ASCII after z', () => {
    const words = ['å', 'Zeta', 'ärlig', 'aalborg', 'b', 'Øresund', 'aa', 'A', 'z'];
    expect([...words].sort(compareText)).toEqual([
      'A',
      'Zeta',
      'aa',
      'aalborg',
      'b',
      'z',
      'Øresund',
      'ärlig',
      'å',
    ]);
  });
  it('orders as the default sort does, whatever the locale: Danish aa is not å', () => {
    const words = ['zz', 'aa', 'å', 'ø', 'ö', 'ä', 'ss', 'ß', '', 'Å'];
    expect([...words].sort(compareText)).toEqual([...words].sort());
  });
  it('gives 0 only for the same text, and -1 or 1 otherwise', () => {
    expect(compareText('kyiv', 'kyiv')).toBe(0);
    expect(compareText('a', 'b')).toBe(-1);
    expect(compareText('b', 'a')).toBe(1);
    // Canonically equivalent, not the same code units: told apart (ICU collation calls them equal).
    expect(compareText('e\u0301', '\u00e9')).toBe(-1);
  });
  it('orders a character beyond the BMP by its surrogates, before U+FFFD', () => {
    expect(['\uFFFD', '\u{1F600}'].sort(compareText)).toEqual(['\u{1F600}', '\uFFFD']);
  });
});
