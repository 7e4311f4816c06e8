import { describe, expect, it } from 'vitest';
import { readArgs, UsageError, wholeNumbers } from './args';

describe('readArgs', () => {
  it('takes up to the positionals allowed, and names the first one past them', () => {
    expect(readArgs(['out'], {}, 1).positionals).toEqual(['out']);
    expect(() => readArgs(['a', 'b'], {}, 1)).toThrow(new UsageError('unexpected argument "b"'));
    expect(() => readArgs(['a'], {})).toThrow(new UsageError('unexpected argument "a"'));
  });

  it('reads a boolean flag, and refuses a value given to it', () => {
    expect(readArgs(['--quick'], { quick: { type: 'boolean' } }).values).toEqual({ quick: true });
    expect(() => readArgs(['--quick=yes'], { quick: { type: 'boolean' } })).toThrow(UsageError);
  });
});

describe('wholeNumbers', () => {
  it('reads a comma-separated list, empty for an empty value', () => {
    expect(wholeNumbers('1000,10000', '--sizes', 1)).toEqual([1000, 10000]);
    expect(wholeNumbers('', '--export', 1)).toEqual([]);
  });

  it('names the flag and the part that is not a whole number', () => {
    expect(() => wholeNumbers('1000,1e4', '--sizes', 1)).toThrow(
      new UsageError('--sizes must be a whole number of 1 or more, not "1e4"'),
    );
    expect(() => wholeNumbers('0', '--sizes', 1)).toThrow(/not "0"/);
  });
});
