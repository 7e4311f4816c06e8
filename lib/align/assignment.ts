/**
 * Maximum-weight assignment (the Hungarian method, Kuhn–Munkres in its O(n²·m) potentials form). Alignment uses it to
 * pick sentence links so that one strong link is not given up for a chain of greedy choices.
 *
 * Deterministic: the same matrix always gives the same assignment. Among equal-weight optima the algorithm keeps the
 * one its fixed row-by-row, column-by-column scan reaches first (lower indices first); callers that care break ties
 * in the weights themselves.
 */
import { UnionFind } from '../util/union-find';

/** The potentials form on a dense matrix (see `maxWeightAssignment`). */
function solveDense(weights: ArrayLike<number>, rows: number, cols: number): number[] {
  const result = new Array<number>(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  // The potentials form needs rows ≤ cols: solve the transpose otherwise.
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const w = (i: number, j: number): number => (transpose ? weights[j * cols + i]! : weights[i * cols + j]!);

  // Minimise cost = -weight. 1-based arrays as in the textbook form; p[j] = row matched to column j (0 = none).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    const [r, c] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if ((weights[r * cols + c] ?? 0) > 0) result[r] = c;
  }
  return result;
}

/**
 * Assign rows to columns of a `rows × cols` weight matrix (row-major, `weights[i * cols + j]`), maximising the total
 * weight. Returns, per row, the assigned column or -1. Pairs of weight ≤ 0 are never returned: a weight of 0 means "do
 * not link", so the caller's threshold decides what may link, and the assignment only decides which.
 *
 * The matrix is split into the connected groups of its positive entries first and each group solved on its own: an
 * optimum never links across groups, and two near-identical wire copies give many tiny groups instead of one large
 * cubic problem.
 */
export function maxWeightAssignment(weights: ArrayLike<number>, rows: number, cols: number): number[] {
  const result = new Array<number>(rows).fill(-1);
  // Union-find over rows (0..rows-1) and columns (rows..rows+cols-1).
  const sets = new UnionFind(rows + cols);
  const find = (k: number) => sets.find(k);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if ((weights[i * cols + j] ?? 0) > 0) sets.union(i, rows + j);
    }
  }
  const groups = new Map<number, { rows: number[]; cols: number[] }>();
  const groupOf = (k: number) => {
    const r = find(k);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { rows: [], cols: [] }));
    return g;
  };
  for (let i = 0; i < rows; i++) groupOf(i).rows.push(i);
  for (let j = 0; j < cols; j++) groupOf(rows + j).cols.push(j);
  for (const g of groups.values()) {
    if (g.rows.length === 0 || g.cols.length === 0) continue;
    if (g.rows.length === 1 && g.cols.length === 1) {
      result[g.rows[0]!] = g.cols[0]!;
      continue;
    }
    const sub = new Float64Array(g.rows.length * g.cols.length);
    g.rows.forEach((i, a) => g.cols.forEach((j, b) => (sub[a * g.cols.length + b] = weights[i * cols + j]!)));
    solveDense(sub, g.rows.length, g.cols.length).forEach((b, a) => {
      if (b >= 0) result[g.rows[a]!] = g.cols[b]!;
    });
  }
  return result;
}
