import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxWeightAssignment } from './assignment';

/** Best total weight by trying every assignment (small matrices only). */
function bruteForce(w: number[], rows: number, cols: number): number {
  let best = 0;
  const usedCols = new Array<boolean>(cols).fill(false);
  const go = (i: number, total: number) => {
    if (i === rows) {
      best = Math.max(best, total);
      return;
    }
    go(i + 1, total); // row i left unassigned
    for (let j = 0; j < cols; j++) {
      if (usedCols[j] || w[i * cols + j]! <= 0) continue;
      usedCols[j] = true;
      go(i + 1, total + w[i * cols + j]!);
      usedCols[j] = false;
    }
  };
  go(0, 0);
  return best;
}

function total(w: number[], cols: number, assignment: number[]): number {
  return assignment.reduce((t, j, i) => (j < 0 ? t : t + w[i * cols + j]!), 0);
}

describe('maxWeightAssignment', () => {
  it('gives nothing for an empty matrix', () => {
    expect(maxWeightAssignment([], 0, 3)).toEqual([]);
    expect(maxWeightAssignment([], 2, 0)).toEqual([-1, -1]);
  });

  it('keeps one strong link rather than two weaker ones greedily chained', () => {
    // Greedy takes (0,0) = 0.9 and is left with nothing; the optimum is (0,1) + (1,0) = 1.6.
    expect(maxWeightAssignment([0.9, 0.8, 0.8, 0], 2, 2)).toEqual([1, 0]);
  });

  it('never returns a pair of weight 0', () => {
    expect(maxWeightAssignment([0, 0, 0.5, 0], 2, 2)).toEqual([-1, 0]);
  });

  it('handles more rows than columns', () => {
    expect(maxWeightAssignment([0.1, 0.9, 0.5], 3, 1)).toEqual([-1, 0, -1]);
  });

  it('reaches the brute-force optimum (property)', () => {
    const matrix = fc
      .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
      .chain(({ rows, cols }) =>
        fc
          .array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), {
            minLength: rows * cols,
            maxLength: rows * cols,
          })
          .map((w) => ({ rows, cols, w })),
      );
    fc.assert(
      fc.property(matrix, ({ rows, cols, w }) => {
        const a = maxWeightAssignment(w, rows, cols);
        const usedCols = a.filter((j) => j >= 0);
        expect(new Set(usedCols).size).toBe(usedCols.length);
        for (const [i, j] of a.entries()) if (j >= 0) expect(w[i * cols + j]!).toBeGreaterThan(0);
        expect(total(w, cols, a)).toBeCloseTo(bruteForce(w, rows, cols), 9);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
