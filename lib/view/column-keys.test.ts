import { describe, expect, it } from 'vitest';
import { columnKeys } from './column-keys';

const of = (...ids: string[]) => ids.map((id) => ({ outlet: { id, name: id.toUpperCase() } }));

describe('columnKeys', () => {
  it('is the outlet id when each outlet has one article', () => {
    expect(columnKeys(of('afp', 'reuters', 'press-tv'))).toEqual(['afp', 'reuters', 'press-tv']);
  });

  it('numbers an outlet’s second and later articles in the order given', () => {
    expect(columnKeys(of('ap', 'afp', 'ap', 'ap'))).toEqual(['ap', 'afp', 'ap-2', 'ap-3']);
  });
});
