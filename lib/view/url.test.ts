import { describe, expect, it } from 'vitest';
import {
  choiceQuery,
  pairFromQuery,
  pairHref,
  pairSlug,
  parseChoiceQuery,
  rowFromHash,
  safeHttpUrl,
} from './url';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.reuters.com/world/a')).toBe('https://www.reuters.com/world/a');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
  });
  it('drops script, data, relative and malformed URLs', () => {
    expect(safeHttpUrl('javascript:alert(3)')).toBeUndefined();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHttpUrl('/relative/path')).toBeUndefined();
    expect(safeHttpUrl('https://')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
    expect(safeHttpUrl('')).toBeUndefined();
  });
});

describe('choiceQuery / parseChoiceQuery', () => {
  const keys = ['afp', 'press-tv', 'reuters'];
  it('writes base and sorted hidden keys', () => {
    expect(choiceQuery({ base: 'reuters', hide: ['press-tv', 'afp'] })).toBe(
      '?base=reuters&hide=afp,press-tv',
    );
    expect(choiceQuery({ hide: [] })).toBe('');
    expect(choiceQuery({ base: 'afp', hide: [] })).toBe('?base=afp');
  });
  it('reads them back, dropping unknown keys', () => {
    expect(parseChoiceQuery('?base=reuters&hide=afp,press-tv', keys)).toEqual({
      base: 'reuters',
      hide: ['afp', 'press-tv'],
    });
    expect(parseChoiceQuery('?base=nobody&hide=afp,,zzz', keys)).toEqual({ base: undefined, hide: ['afp'] });
    expect(parseChoiceQuery('', keys)).toEqual({ base: undefined, hide: [] });
  });
});

describe('rowFromHash', () => {
  it('reads #r<N> only', () => {
    expect(rowFromHash('#r12')).toBe(12);
    expect(rowFromHash('#r0')).toBeUndefined();
    expect(rowFromHash('#row12')).toBeUndefined();
    expect(rowFromHash('')).toBeUndefined();
  });
});

describe('pair links', () => {
  const keys = ['afp', 'reuters', 'press-tv', 'x-vs-y', 'x'];
  it('orders a pair by code unit, whichever key comes first', () => {
    expect(pairSlug('reuters', 'afp')).toBe('afp-vs-reuters');
    expect(pairSlug('Z', 'a')).toBe('Z-vs-a');
  });
  it('links the event page with ?pair=, relative or under a path, with the row', () => {
    expect(pairHref('', 'reuters', 'afp', 4)).toBe('?pair=afp-vs-reuters#r4');
    expect(pairHref('/news/events/e/', 'afp', 'press-tv')).toBe('/news/events/e/?pair=afp-vs-press-tv');
  });
  it('reads back a pair of two known keys in slug order, keys holding -vs- included', () => {
    expect(pairFromQuery('?pair=afp-vs-reuters', keys)).toEqual(['afp', 'reuters']);
    expect(pairFromQuery('?base=afp&pair=x-vs-x-vs-y', keys)).toEqual(['x', 'x-vs-y']);
    expect(pairFromQuery('?pair=reuters-vs-afp', keys)).toBeUndefined();
    expect(pairFromQuery('?pair=afp-vs-afp', keys)).toBeUndefined();
    expect(pairFromQuery('?pair=afp-vs-tass', keys)).toBeUndefined();
    expect(pairFromQuery('?base=afp', keys)).toBeUndefined();
    // The pair form's two lists, either order; one outlet twice or an unknown one is no pair.
    expect(pairFromQuery('?a=reuters&b=afp', keys)).toEqual(['afp', 'reuters']);
    expect(pairFromQuery('?a=afp&b=afp', keys)).toBeUndefined();
    expect(pairFromQuery('?a=afp&b=tass', keys)).toBeUndefined();
  });
});
