import { describe, expect, it } from 'vitest';
import type { RowKind } from './comparison';
import { groupRows } from './groups';

const rows = (kinds: RowKind[]) => kinds.map((kind, i) => ({ row: { n: i + 1, cells: {} }, kind }));
const shape = (groups: ReturnType<typeof groupRows>) =>
  groups.map((g) => `${g.folded ? 'F' : '-'}${g.rows.map((r) => r.row.n).join('')}`);

describe('groupRows', () => {
  it('folds runs of unique rows only when asked', () => {
    const input = rows(['same', 'unique', 'unique', 'differs', 'unique']);
    expect(shape(groupRows(input, true))).toEqual(['-1', 'F23', '-4', 'F5']);
    expect(shape(groupRows(input, false))).toEqual(['-1', '-2', '-3', '-4', '-5']);
    expect(groupRows([], true)).toEqual([]);
  });
});
