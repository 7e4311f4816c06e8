import type { ComparisonRow, RowKind } from './comparison';

export interface RowGroup<R> {
  /** A run of passages only one outlet carried, shown as one line until the reader opens it. */
  folded: boolean;
  rows: R[];
}

/**
 * Splits rows into runs for display. With `fold` on, each run of consecutive `unique` rows becomes one folded group;
 * every other row (and every row with `fold` off) is a group of its own, so the order of rows never changes.
 */
export function groupRows<R extends { row: ComparisonRow; kind: RowKind }>(
  rows: readonly R[],
  fold: boolean,
): RowGroup<R>[] {
  const groups: RowGroup<R>[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (fold && r.kind === 'unique') {
      if (last?.folded) last.rows.push(r);
      else groups.push({ folded: true, rows: [r] });
    } else {
      groups.push({ folded: false, rows: [r] });
    }
  }
  return groups;
}
