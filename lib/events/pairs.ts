/**
 * Pairs of items, numbered 0 … n − 1, with a similarity each: what clustering (lib/events/cluster.ts) and story
 * linking (lib/stories/link.ts) compare, held in typed arrays, 16 bytes a pair. They were a `Map` keyed `i * n + j`:
 * past n ≈ 32k those keys are not small integers, so each key and each value was a boxed number in a hash table,
 * some 80 bytes a pair, and at 100k articles clustering's candidates were millions of pairs. The pairs are in the
 * order pushed; readers that need an order (averageLink, strongLinks) do not depend on it.
 */
export class SimilarPairs {
  /** How many pairs are held: the first `size` entries of `i`, `j` and `sim`. */
  size = 0;
  i: Int32Array;
  j: Int32Array;
  sim: Float64Array;

  constructor(capacity = 16) {
    this.i = new Int32Array(capacity);
    this.j = new Int32Array(capacity);
    this.sim = new Float64Array(capacity);
  }

  push(i: number, j: number, sim: number): void {
    if (this.size === this.i.length) this.resize(Math.max(16, Math.ceil(this.size * 1.5)));
    this.i[this.size] = i;
    this.j[this.size] = j;
    this.sim[this.size++] = sim;
  }

  /** The arrays cut to `size` (a grown array is up to half empty). */
  trim(): this {
    if (this.size < this.i.length) this.resize(this.size);
    return this;
  }

  /** The similarity of the pair (i, j) or (j, i), by a scan: for tests and small inputs. */
  get(i: number, j: number): number | undefined {
    for (let k = 0; k < this.size; k++) {
      if ((this.i[k] === i && this.j[k] === j) || (this.i[k] === j && this.j[k] === i)) return this.sim[k];
    }
    return undefined;
  }

  /** Each pair as `[i, j, sim]` with i < j, sorted by i then j: for tests. */
  sorted(): [number, number, number][] {
    const out: [number, number, number][] = [];
    for (let k = 0; k < this.size; k++) {
      const [i, j] = [this.i[k]!, this.j[k]!];
      out.push([Math.min(i, j), Math.max(i, j), this.sim[k]!]);
    }
    return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }

  /** Pairs from `[i, j, sim]` triples, in that order. */
  static of(triples: readonly (readonly [number, number, number])[]): SimilarPairs {
    const pairs = new SimilarPairs(triples.length);
    for (const [i, j, sim] of triples) pairs.push(i, j, sim);
    return pairs;
  }

  private resize(capacity: number): void {
    this.i = grown(this.i, capacity, this.size);
    this.j = grown(this.j, capacity, this.size);
    this.sim = grown(this.sim, capacity, this.size);
  }
}

/** A typed array of `capacity` holding the first `used` entries of `a` (the rest zero). */
export function grown<T extends Int32Array | Float64Array>(a: T, capacity: number, used: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a.subarray(0, used));
  return b;
}
