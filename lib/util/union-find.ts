/**
 * Disjoint sets over 0..n-1 (union-find with path halving), for grouping by transitive links: alignment's assignment
 * groups and rows, copied-text groups. The smaller root always becomes the parent, so a set's root is its lowest
 * member whatever order the unions come in: callers that name groups by their root get the same names every run.
 */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let k = 0; k < n; k++) this.parent[k] = k;
  }

  /** The root (lowest member) of k's set. */
  find(k: number): number {
    const parent = this.parent;
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  }

  /** Join the sets of a and b; returns the root of the joined set. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    return root;
  }
}
